package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Metadata mapping with the governance profile: assets per second on one core, and allocation per asset. */
final class MappingSection implements Section {
  private static final String CLASS = "MetadataMappingBenchmark.";
  private static final String SDK = CLASS + "sdkMediaGovernanceProfile";
  private static final String PEER = CLASS + "peerHandWritten";
  private static final double TARGET = 500_000;

  @Override
  public String title() {
    return "Metadata mapping";
  }

  @Override
  public String analysis(String id) {
    if (!id.equals("mapping-throughput")) {
      return "";
    }
    return "What limits it: the mapping's own per-field work, not an engine around it: the pattern checks "
        + "(`RegexCheck` calling `Matcher.matches`, with one matcher per thread from a `ThreadLocal`), looking "
        + "each field up by name in the iconik values' map (`MetadataValues.values`), trimming and upper-casing, "
        + "building dates; the allocated classes are its result. When the fork means above differ by more than "
        + "the error of each, the speed depends on how the JIT compiled that fork rather than on the work, which "
        + "is the same in every fork. What would close it: check the simple character-class patterns of the "
        + "governance profile (`[A-Z0-9][A-Z0-9_-]{1,31}`, `[A-Z]{2}(-[A-Z0-9]{1,3})?`) with a scan over the "
        + "characters instead of the regex engine, doing trim, case and check in one pass; look fields up by a "
        + "slot computed when the spec is compiled; then measure with more forks.";
  }

  @Override
  public List<Check> write(JmhResults results, Markdown out) {
    String target = "≥ 500,000 assets/s per core, governance profile, 10 fields";
    Optional<Result> sdk = results.find(SDK);
    if (sdk.isEmpty()) {
      out.paragraph("No results in this run.");
      return List.of(Check.notMeasured("mapping-throughput", target, "the benchmark did not run"));
    }
    out.paragraph("`MetadataMapper.mediaGovernance().toOpenText(values)` on one thread, so assets/s is per core: "
        + "ten iconik fields (codes to trim, upper-case and check against patterns, free text, a URL, a date, a "
        + "date-time, a list of territory codes, a boolean and an approval status through an enum table) into the "
        + "attributes of the `media_governance` trait. 1024 different assets taken in turn, each mapping without an "
        + "issue. The peer is the same mapping written by hand with `java.time` parsers and `Pattern`s into the "
        + "same `OpenTextMetadata`; setup checks that both give equal results. Allocation per mapped asset from "
        + "JMH's gc profiler.");
    Optional<Result> peer = results.find(PEER);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("SDK `MetadataMapper`, governance profile", Format.metric(sdk.get().primary()),
        Format.ratio(sdk.get().primary().score() / TARGET),
        peer.map(p -> Ratio.of(sdk.get().primary(), p.primary()).format()).orElse("n/a"), allocation(sdk.get())));
    peer.ifPresent(p -> rows.add(List.of("the same mapping written by hand (peer)", Format.metric(p.primary()),
        Format.ratio(p.primary().score() / TARGET), "1.00×", allocation(p))));
    out.table(List.of("contender", "assets/s per core", "× target", "× hand-written", "allocated per asset"), rows);
    Ratio ofTarget = Ratio.of(sdk.get().primary().score(), sdk.get().primary().error(), TARGET, 0);
    return List.of(Check.atLeast("mapping-throughput", target, ofTarget, 1.0, new Check.Profile(SDK, PEER, Map.of()))
        .withMeasured(Format.metric(sdk.get().primary()) + " (" + ofTarget.format() + ")"));
  }

  private static String allocation(Result r) {
    return r.allocationPerOp().map(m -> Format.bytes(m.score())).orElse("n/a");
  }
}
