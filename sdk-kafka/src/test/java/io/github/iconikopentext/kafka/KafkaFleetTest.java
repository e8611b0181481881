package io.github.iconikopentext.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sdk-kafka against one real KRaft broker on loopback, started in this JVM for the whole class. Two workers are two
 * consumers with their own clients (Kafka connections, iconik clients, threads) in this JVM, sharing the transfer
 * store as two processes share a database.
 */
class KafkaFleetTest {
  private static final String HEADER = "X-Iconik-Secret";
  private static final Secret SECRET = Secret.of("webhook-secret-0123456789");
  private static final CredentialsProvider AUDIT_KEY =
      StaticCredentialsProvider.of("audit-key-1", "0123456789abcdef0123456789abcdef-audit");

  private static EmbeddedKafka kafka;

  @TempDir
  Path archive;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    kafka.close();
  }

  private static AuditEvent event(int i) {
    return AuditEvent.builder(AuditAction.ASSET_DOWNLOADED).environment("prod").system(IconikEnvironment.AUDIT_SYSTEM)
        .actor("user-" + (i % 3)).credential("app-1", null).target(AuditTarget.asset("asset-" + (i % 5))).build();
  }

  @Test
  void auditSink_deliversKeyedCloudEvents_andItsChainVerifies_acrossABrokerRestart() throws Exception {
    kafka.createTopic("audit", 3);
    List<String> anchors = new ArrayList<>();
    try (KafkaAuditSink sink = KafkaAuditSink.builder(kafka.clientConfig(), "audit", AUDIT_KEY).checkpointEvery(20)
        .anchors((log, anchor) -> anchors.add(anchor.toString())).build()) {
      for (int i = 0; i < 50; i++) {
        sink.write(event(i));
      }
      kafka.restart();
      for (int i = 50; i < 100; i++) {
        sink.write(event(i)); // the idempotent producer retries until the broker is back; no gap, no duplicate
      }
    }

    Map<String, AuditLogVerification> result =
        KafkaAuditVerifier.builder(kafka.clientConfig(), "audit").key(AUDIT_KEY).build().verify();
    assertThat(result).hasSize(1);
    AuditLogVerification chain = result.values().iterator().next();
    assertThat(chain.isIntact()).as(chain.toString()).isTrue();
    assertThat(chain.closed()).isTrue();
    assertThat(chain.events()).isEqualTo(100);
    assertThat(anchors).hasSizeGreaterThanOrEqualTo(6); // open, 5 by count, close

    List<ConsumerRecord<byte[], byte[]>> records = readAll("audit");
    ConsumerRecord<byte[], byte[]> first = records.stream().filter(r -> r.key() != null).findFirst().orElseThrow();
    AuditEvent read = AuditEvent.fromJson(new String(first.value(), StandardCharsets.UTF_8));
    assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo(read.subject());
    assertThat(new String(first.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
        .startsWith("application/cloudevents+json");
  }

  @Test
  void auditVerifier_findsARecordRemovedFromTheStream() throws Exception {
    kafka.createTopic("audit-tampered", 1);
    try (KafkaAuditSink sink = KafkaAuditSink.builder(kafka.clientConfig(), "audit-tampered", AUDIT_KEY)
        .chain("node-a").build()) {
      for (int i = 0; i < 5; i++) {
        sink.write(event(i));
      }
    }
    // Copy the chain to a new topic, leaving out the third record.
    kafka.createTopic("audit-copy", 1);
    List<ConsumerRecord<byte[], byte[]>> records = readAll("audit-tampered");
    try (KafkaProducer<byte[], byte[]> p = producer()) {
      for (int i = 0; i < records.size(); i++) {
        if (i != 3) {
          ConsumerRecord<byte[], byte[]> r = records.get(i);
          p.send(new ProducerRecord<>("audit-copy", null, r.key(), r.value(), r.headers())).get();
        }
      }
    }

    AuditLogVerification copy = KafkaAuditVerifier.builder(kafka.clientConfig(), "audit-copy").key(AUDIT_KEY)
        .build().verify().get("node-a");

    assertThat(copy.isIntact()).isFalse();
    assertThat(copy.problem().orElseThrow().kind()).isEqualTo(AuditLogVerification.Kind.DELETED);
  }

  @Test
  void twoWorkers_transferEachApprovedAssetExactlyOnce_acrossACrash_aRebalance_andDuplicateDelivery()
      throws Exception {
    kafka.createTopic("hooks", 2);
    try (IconikSimulator sim = IconikSimulator.start()) {
      InMemoryTransferStore store = new InMemoryTransferStore(); // stands in for the fleet's JdbcTransferStore
      FileSystemTarget target = new FileSystemTarget("archive", archive);
      List<String> assets = new ArrayList<>();
      Map<String, String> files = new HashMap<>();
      for (int i = 0; i < 8; i++) {
        String asset = sim.seedAsset("Clip " + i);
        files.put(asset, sim.seedFile(asset, "clip-" + i + ".mov", ("content of clip " + i).repeat(500)
            .getBytes(StandardCharsets.UTF_8)).fileId());
        assets.add(asset);
      }
      // A worker that crashed earlier still holds the lease of one transfer, for two more seconds.
      String heldAsset = assets.get(7);
      store.claim(new TransferId(heldAsset, files.get(heldAsset), "archive").value(), "crashed-worker",
          Duration.ofSeconds(2));

      // Whichever worker completes a transfer first then dies before committing it (which one gets partitions first
      // is the group's choice); the other must take its partitions over.
      AtomicBoolean crashed = new AtomicBoolean();
      AssetEventProcessor processorA = worker("a", sim, store, target, crashed);
      AssetEventProcessor processorB = worker("b", sim, store, target, crashed);
      try (KafkaWebhookPublisher publisher = KafkaWebhookPublisher.create(kafka.clientConfig(), "hooks");
          KafkaEventWorker a = KafkaEventWorker.builder(kafka.clientConfig(), "hooks", "transfers", processorA)
              .name("a").retryBackoff(Duration.ofMillis(300)).build().start();
          KafkaEventWorker b = KafkaEventWorker.builder(kafka.clientConfig(), "hooks", "transfers", processorB)
              .name("b").retryBackoff(Duration.ofMillis(300)).build().start()) {
        IconikWebhookHandler handler = IconikWebhookHandler.builder().sharedSecret(HEADER, SECRET)
            .on(AssetEvent.class, publisher).build();
        for (String asset : assets) {
          String body = sim.webhookPayload(approved(asset));
          WebhookResult first = handler.handle(WebhookHeaders.of(Map.of(HEADER, SECRET.reveal())),
              body.getBytes(StandardCharsets.UTF_8));
          WebhookResult again = handler.handle(WebhookHeaders.of(Map.of(HEADER, SECRET.reveal())),
              body.getBytes(StandardCharsets.UTF_8));
          assertThat(first.outcome()).isEqualTo(WebhookResult.Outcome.ACCEPTED);
          assertThat(again.outcome()).isEqualTo(WebhookResult.Outcome.DUPLICATE); // de-duplicated at the receiver
        }
        // Kafka-side duplicates (a publisher retry, a replayed topic): published again behind the receiver's back.
        publisher.accept(AssetEvent.of(IconikWebhook.parse(sim.webhookPayload(approved(assets.get(0)))
            .getBytes(StandardCharsets.UTF_8))));
        publisher.accept(AssetEvent.of(IconikWebhook.parse(sim.webhookPayload(approved(assets.get(5)))
            .getBytes(StandardCharsets.UTF_8))));

        await(() -> assets.stream().allMatch(asset -> store.completed(
            new TransferId(asset, files.get(asset), "archive").value()).isPresent()), Duration.ofSeconds(60));
        assertThat(crashed).isTrue();
        // the crashed worker's thread is gone; the other took its partitions over
        assertThat(List.of(a.isRunning(), b.isRunning())).containsExactlyInAnyOrder(true, false);
      }
      for (String asset : assets) {
        assertThat(sim.bytesServed(files.get(asset))).as("bytes of %s downloaded", asset)
            .isEqualTo(sim.fileContent(files.get(asset)).orElseThrow().length);
      }
      try (var written = Files.walk(archive)) {
        assertThat(written.filter(Files::isRegularFile).count()).isEqualTo(assets.size());
      }
    }
  }

  @Test
  void failures_goToTheDeadLetterTopic_withTheirFailureDomain() throws Exception {
    kafka.createTopic("hooks-dlq-test", 1);
    try (IconikSimulator sim = IconikSimulator.start()) {
      String noFile = sim.seedAsset("No media yet"); // no ORIGINAL format: an ASSET failure
      AssetTransfer transfer = AssetTransfer.builder(client(sim)).store(new InMemoryTransferStore()).build();
      AssetEventProcessor processor = AssetEventProcessor.transfers(transfer, "ORIGINAL",
          new FileSystemTarget("archive", archive));
      try (KafkaWebhookPublisher publisher = KafkaWebhookPublisher.create(kafka.clientConfig(), "hooks-dlq-test");
          KafkaProducer<byte[], byte[]> raw = producer();
          KafkaEventWorker worker = KafkaEventWorker.builder(kafka.clientConfig(), "hooks-dlq-test", "dlq-test",
              processor).build().start()) {
        publisher.accept(AssetEvent.of(IconikWebhook.parse(sim.webhookPayload(approved(noFile))
            .getBytes(StandardCharsets.UTF_8))));
        raw.send(new ProducerRecord<>("hooks-dlq-test", "x".getBytes(StandardCharsets.UTF_8),
            "{not json".getBytes(StandardCharsets.UTF_8))).get();
        await(() -> worker.deadLetteredCount() == 2, Duration.ofSeconds(30));
      }
      List<ConsumerRecord<byte[], byte[]>> dead = readAll("hooks-dlq-test.dlq");
      assertThat(dead).hasSize(2);
      assertThat(header(dead.get(0), "domain")).isEqualTo("ASSET");
      assertThat(header(dead.get(0), "offset")).isEqualTo("0");
      assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo(noFile);
      assertThat(header(dead.get(1), "domain")).isEqualTo("INTEGRATION");
      assertThat(header(dead.get(1), "reason")).isEqualTo("MalformedEvent");
    }
  }

  private static IconikWebhookEvent approved(String asset) {
    return new IconikWebhookEvent("assets", "approvals", "update", asset,
        Map.of("object_id", asset, "object_type", "assets", "status", "APPROVED"));
  }

  private static IconikClient client(IconikSimulator sim) {
    return IconikClient.builder(sim.environment(), sim.credentials())
        .httpOptions(HttpOptions.builder().sleeper(d -> { }).build()).build();
  }

  /** A worker's processor with its own iconik client; the crashing one dies after its first transfer, uncommitted. */
  /** A worker's processor that crashes after its transfer if no worker has crashed yet. */
  private static AssetEventProcessor worker(String name, IconikSimulator sim, InMemoryTransferStore store,
      FileSystemTarget target, AtomicBoolean crashed) {
    AssetTransfer transfer = AssetTransfer.builder(client(sim)).store(store).worker(name)
        .lease(Duration.ofSeconds(2)).build();
    AssetEventProcessor transfers = AssetEventProcessor.transfers(transfer, "ORIGINAL", target);
    return event -> {
      transfers.process(event);
      if (crashed.compareAndSet(false, true)) {
        throw new SimulatedCrash();
      }
    };
  }

  /** Kills the worker's thread the way a process dies: nothing after it runs, no offset is committed. */
  private static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(KafkaEventWorker.FAILURE_HEADER_PREFIX + name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    return new KafkaProducer<>(kafka.clientConfig(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    Map<String, Object> c = new HashMap<>(kafka.clientConfig());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long quietSince = System.nanoTime();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline && (all.isEmpty() || System.nanoTime() - quietSince < 1_000_000_000L)) {
        var records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
          records.forEach(all::add);
          quietSince = System.nanoTime();
        }
      }
    }
    all.sort((x, y) -> x.partition() != y.partition() ? Integer.compare(x.partition(), y.partition())
        : Long.compare(x.offset(), y.offset()));
    return all;
  }

  private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + timeout);
      }
      Thread.sleep(100);
    }
  }
}
