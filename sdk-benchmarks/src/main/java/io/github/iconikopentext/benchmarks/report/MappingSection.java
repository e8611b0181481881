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
    return "What limits it: the profile shows the mapping's own per-field work rather than overhead of the "
        + "engine: looking each field up in the iconik values' map (`MetadataValues.values`), `String.strip` and "
        + "`toUpperCase` making new strings, the pattern checks (`Matcher.matches`, one matcher per thread from a "
        + "`ThreadLocal`), and building dates. Strings are most of the allocation. What would close it: do trim, "
        + "case and the check in one pass over the characters for the simple character-class patterns the "
        + "profile uses (no intermediate strings, no regex engine), and look fields up by a precomputed slot "
        + "instead of by name. The hand-written peer, doing the same work with `java.time` parsers, is slower "
        + "still.";
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
