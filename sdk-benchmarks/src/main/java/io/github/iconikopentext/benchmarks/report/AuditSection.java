package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Audit append: the hash-chained JSON-lines log, batched and durable, against plain writes of the same lines. */
final class AuditSection implements Section {
  private static final String CLASS = "AuditAppendBenchmark.";
  private static final String BATCHED = CLASS + "sdkBatched";
  private static final String DURABLE = CLASS + "sdkDurable";
  private static final String DURABLE_EIGHT = CLASS + "sdkDurableEightWriters";
  private static final String LIMIT_BUFFERED = CLASS + "limitBufferedWrite";
  private static final String LIMIT_FSYNC = CLASS + "limitWriteAndFsync";
  private static final double TARGET = 100_000;

  @Override
  public String title() {
    return "Audit append";
  }

  @Override
  public List<Check> write(JmhResults results, Markdown out) {
    String target = "≥ 100,000 events/s, batched";
    Optional<Result> batched = results.find(BATCHED);
    if (batched.isEmpty()) {
      out.paragraph("No results in this run.");
      return List.of(Check.notMeasured("audit-batched", target, "the benchmark did not run"));
    }
    out.paragraph("`JsonLinesAuditSink.write(event)` with default settings (a signed checkpoint every 1000 events; "
        + "batched mode buffers 64 KiB and fsyncs every second), a new log per iteration in the temporary "
        + "directory's file system (`" + Machine.fileSystemOfTemp() + "`). Each event is an asset transfer with "
        + "credential, target, destination, request and correlation ids, operation, bytes, checksum and a detail; "
        + "1024 different events taken in turn. The limits write the SDK's own record line for such an event, "
        + "already built: through a 64 KiB buffer for batched, and with an fsync after each line for durable. "
        + "Eight durable writers share fsyncs (group commit).");
    Optional<Result> buffered = results.find(LIMIT_BUFFERED);
    Optional<Result> fsync = results.find(LIMIT_FSYNC);
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("SDK, batched", batched.get(), buffered));
    results.find(DURABLE).ifPresent(r -> rows.add(row("SDK, durable (fsync per event)", r, fsync)));
    results.find(DURABLE_EIGHT).ifPresent(r -> rows.add(row("SDK, durable, 8 writers (group commit)", r, fsync)));
    buffered.ifPresent(r -> rows.add(row("limit: buffered write of the same lines", r, buffered)));
    fsync.ifPresent(r -> rows.add(row("limit: write + fsync per line", r, fsync)));
    out.table(List.of("contender", "events/s", "× its limit", "allocated per event"), rows);
    Ratio ofTarget = Ratio.of(batched.get().primary().score(), batched.get().primary().error(), TARGET, 0);
    return List.of(Check.atLeast("audit-batched", target, ofTarget, 1.0, new Check.Profile(BATCHED, null, Map.of()))
        .withMeasured(Format.metric(batched.get().primary()) + " (" + ofTarget.format() + ")"));
  }

  private static List<String> row(String label, Result result, Optional<Result> limit) {
    return List.of(label, Format.metric(result.primary()),
        limit.map(l -> Ratio.of(result.primary(), l.primary()).format()).orElse("n/a"),
        result.allocationPerOp().map(m -> Format.bytes(m.score())).orElse("n/a"));
  }
}
