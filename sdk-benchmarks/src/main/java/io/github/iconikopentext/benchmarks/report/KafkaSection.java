package io.github.iconikopentext.benchmarks.report;

import io.github.iconikopentext.benchmarks.report.JmhResults.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** sdk-kafka: events per second through the Kafka audit sink and the webhook hand-off. Measured; no target set. */
final class KafkaSection implements Section {
  private static final String CLASS = "KafkaHandOffBenchmark.";

  @Override
  public String title() {
    return "Kafka audit sink and webhook hand-off";
  }

  @Override
  public List<Check> write(JmhResults results, Markdown out) {
    if (!results.ran("KafkaHandOffBenchmark")) {
      out.paragraph("No results in this run.");
      return List.of();
    }
    out.paragraph("Against a real single-node KRaft broker (Kafka 4.4.0, broker and controller combined) on loopback "
        + "in the benchmark JVM, so broker and clients share the machine's cores. `KafkaAuditSink.write(event)`: "
        + "CloudEvent with the hash chain, a checkpoint every 1000 events, each write waiting for the broker's "
        + "acknowledgement (idempotent producer, acks=all). Webhook hand-off: `IconikWebhookHandler.handle` — "
        + "shared-secret check, parse, de-duplication on request_id — with `KafkaWebhookPublisher` as listener, "
        + "acknowledged. Eight threads share one producer, whose batches carry their records together.");
    List<List<String>> rows = new ArrayList<>();
    add(rows, "audit sink, 1 writer", results.find(CLASS + "auditSink"));
    add(rows, "audit sink, 8 writers", results.find(CLASS + "auditSink8Writers"));
    add(rows, "webhook hand-off, 1 receiver thread", results.find(CLASS + "webhookHandOff"));
    add(rows, "webhook hand-off, 8 receiver threads", results.find(CLASS + "webhookHandOff8Receivers"));
    out.table(List.of("path", "events/s", "allocated per event"), rows);
    return List.of();
  }

  private static void add(List<List<String>> rows, String label, Optional<Result> result) {
    result.ifPresent(r -> rows.add(List.of(label, Format.metric(r.primary()),
        r.allocationPerOp().map(m -> Format.bytes(m.score())).orElse("n/a"))));
  }
}
