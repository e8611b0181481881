package io.github.iconikopentext.kafka.snippets;

import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.jdbc.JdbcReplayGuard;
import io.github.iconikopentext.jdbc.JdbcSchema;
import io.github.iconikopentext.kafka.AssetEventProcessor;
import io.github.iconikopentext.kafka.KafkaAuditSink;
import io.github.iconikopentext.kafka.KafkaAuditVerifier;
import io.github.iconikopentext.kafka.KafkaEventWorker;
import io.github.iconikopentext.kafka.KafkaWebhookPublisher;
import java.util.Map;

/** docs/kafka.md and docs/scaling-out.md: compiled here, in sdk-kafka's test sources (sdk-examples does not depend on Kafka). */
final class KafkaSnippets {
  private KafkaSnippets() {}

  static void auditSink(CredentialsProvider auditKey) {
    Map<String, Object> kafka = Map.of("bootstrap.servers", "kafka-1:9092,kafka-2:9092");

    try (KafkaAuditSink audit = KafkaAuditSink.builder(kafka, "media.audit", auditKey)
        .chain("receiver-" + ProcessHandle.current().pid())   // one chain per live sink
        .checkpointEvery(1000)
        .build()) {
      // hand it to AuditContext / the clients like any AuditSink; write() returns once the broker acknowledged
    }

    Map<String, AuditLogVerification> chains =
        KafkaAuditVerifier.builder(kafka, "media.audit").key(auditKey).build().verify();
    chains.forEach((chain, result) -> System.out.println(chain + ": " + result.isIntact()));
  }

  static void handOff(Secret webhookSecret, JdbcSchema schema, IntegrationRuntime runtime,
      AssetTransfer transfers, TransferTarget archive) {
    Map<String, Object> kafka = Map.of("bootstrap.servers", "kafka-1:9092,kafka-2:9092");

    // Receivers: verify, de-duplicate (shared guard), publish; answer iconik only once Kafka has the event.
    KafkaWebhookPublisher publisher = KafkaWebhookPublisher.create(kafka, "media.iconik-events");
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecret("X-Iconik-Secret", webhookSecret)
        .replayGuard(JdbcReplayGuard.builder(schema).scope("iconik").build())
        .on(AssetEvent.class, publisher)
        .build();

    // Workers: one consumer group; run the template's routing, or a transfer processor.
    KafkaEventWorker worker = KafkaEventWorker.builder(kafka, "media.iconik-events", "media-workers",
            AssetEventProcessor.routing(runtime))
        .deadLetterTopic("media.iconik-events.dlq")
        .name("worker-" + ProcessHandle.current().pid())
        .build()
        .start();
    KafkaEventWorker archiver = KafkaEventWorker.builder(kafka, "media.iconik-events", "media-archivers",
            AssetEventProcessor.transfers(transfers, "ORIGINAL", archive))
        .build()
        .start();
  }
}
