package io.github.iconikopentext.benchmarks.kafka;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.kafka.EmbeddedKafka;
import io.github.iconikopentext.kafka.KafkaAuditSink;
import io.github.iconikopentext.kafka.KafkaWebhookPublisher;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second through sdk-kafka against a real single-node KRaft broker on loopback in the same JVM (so broker
 * and clients share the machine's cores): {@link KafkaAuditSink#write} (CloudEvent, hash chain, a checkpoint every
 * 1000 events, each write waiting for the broker's acknowledgement) and the webhook hand-off — an iconik delivery
 * verified and de-duplicated by {@link IconikWebhookHandler}, then published by {@link KafkaWebhookPublisher},
 * acknowledged. One writer, and eight sharing the producer (its batches). The broker keeps its log in the temporary
 * directory.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 4, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(1)
public class KafkaHandOffBenchmark {
  private static final String HEADER = "X-Iconik-Secret";
  private static final Secret SECRET = Secret.of("benchmark-webhook-secret");

  /** The broker, a sink and a publisher on it, for the whole run. */
  @State(Scope.Benchmark)
  public static class Broker {
    EmbeddedKafka kafka;
    KafkaAuditSink sink;
    KafkaWebhookPublisher publisher;
    IconikWebhookHandler handler;
    final AtomicLong counter = new AtomicLong();
    final WebhookHeaders headers = WebhookHeaders.of(Map.of(HEADER, SECRET.reveal()));

    @Setup(Level.Trial)
    public void start() throws Exception {
      kafka = EmbeddedKafka.start();
      kafka.createTopic("audit", 4);
      kafka.createTopic("hooks", 4);
      sink = KafkaAuditSink.builder(kafka.clientConfig(), "audit",
          StaticCredentialsProvider.of("audit-key-1", "benchmark-checkpoint-key-0123456789abcdef")).build();
      publisher = KafkaWebhookPublisher.create(kafka.clientConfig(), "hooks");
      handler = IconikWebhookHandler.builder().sharedSecret(HEADER, SECRET).on(AssetEvent.class, publisher).build();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      sink.close();
      publisher.close();
      kafka.close();
    }

    AuditEvent event() {
      long i = counter.incrementAndGet();
      return AuditEvent.builder(AuditAction.ASSET_DOWNLOADED).environment("prod").system(IconikEnvironment.AUDIT_SYSTEM)
          .actor("user-" + (i % 17)).credential("app-1", "v2")
          .target(AuditTarget.asset("5f0e6a4c-1b2d-4e8f-9a7b-" + String.format("%012d", i % 5000)))
          .operation("DOWNLOAD").detail("iconik_history_id", Long.toString(i)).build();
    }

    byte[] delivery() {
      long i = counter.incrementAndGet();
      String asset = "5f0e6a4c-1b2d-4e8f-9a7b-" + String.format("%012d", i % 5000);
      return ("{\"system_domain_id\":\"0c3a0e5e-2f1b-4d6a-9c1e-8b7a6d5c4b3a\",\"event_type\":\"assets\","
          + "\"realm\":\"approvals\",\"operation\":\"update\",\"object_id\":\"" + asset + "\",\"user_id\":"
          + "\"7d1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6\",\"request_id\":\"req-" + i + "\",\"data\":{\"object_id\":\""
          + asset + "\",\"object_type\":\"assets\",\"status\":\"APPROVED\"}}").getBytes(StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public void auditSink(Broker b) {
    b.sink.write(b.event());
  }

  @Benchmark
  @Threads(8)
  public void auditSink8Writers(Broker b) {
    b.sink.write(b.event());
  }

  @Benchmark
  public WebhookResult webhookHandOff(Broker b) {
    return check(b.handler.handle(b.headers, b.delivery()));
  }

  @Benchmark
  @Threads(8)
  public WebhookResult webhookHandOff8Receivers(Broker b) {
    return check(b.handler.handle(b.headers, b.delivery()));
  }

  private static WebhookResult check(WebhookResult result) {
    if (result.outcome() != WebhookResult.Outcome.ACCEPTED) {
      throw new IllegalStateException("delivery not accepted: " + result);
    }
    return result;
  }
}
