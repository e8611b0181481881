package io.github.iconikopentext.kafka;

import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.kafka.internal.Producers;
import io.github.iconikopentext.kafka.internal.WebhookRecords;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The receiving half of the webhook hand-off: a listener for an
 * {@link io.github.iconikopentext.iconik.webhook.IconikWebhookHandler}, which has already verified and de-duplicated
 * the delivery, that publishes the typed event to a topic for {@link KafkaEventWorker}s.
 *
 * <pre>{@code
 * IconikWebhookHandler handler = IconikWebhookHandler.builder()
 *     .sharedSecret("X-Iconik-Secret", secret)
 *     .on(AssetEvent.class, publisher)
 *     .build();
 * }</pre>
 *
 * <p>Each event becomes a CloudEvent in structured mode: key the asset id (so one asset's events stay in order on
 * one partition), {@code type} {@code io.github.iconikopentext.iconik.<event>.v1} (e.g. {@code approval_granted}),
 * {@code id} iconik's {@code request_id}, {@code data} the delivery as iconik sent it. {@link #accept} returns once
 * the broker acknowledged the record (idempotent producer, {@code acks=all}); if it cannot, it throws, the handler
 * answers 500 and forgets the request id, and iconik delivers again — so no accepted delivery is lost.
 *
 * <p>Thread-safe.
 */
public final class KafkaWebhookPublisher implements Consumer<AssetEvent>, AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final Duration deliveryTimeout;
  private final Clock clock;

  private KafkaWebhookPublisher(Map<String, Object> producerConfig, String topic, Duration deliveryTimeout,
      Clock clock) {
    this.topic = Objects.requireNonNull(topic, "topic == null");
    this.deliveryTimeout = Objects.requireNonNull(deliveryTimeout, "deliveryTimeout == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.producer = Producers.idempotent(producerConfig, "webhook publisher for topic " + topic);
  }

  /**
   * A publisher to {@code topic}, waiting at most 30 s for each acknowledgement.
   *
   * @param producerConfig Kafka producer settings, at least {@code bootstrap.servers}
   */
  public static KafkaWebhookPublisher create(Map<String, Object> producerConfig, String topic) {
    return create(producerConfig, topic, Duration.ofSeconds(30));
  }

  /** As {@link #create(Map, String)}, waiting at most {@code deliveryTimeout} for each acknowledgement. */
  public static KafkaWebhookPublisher create(Map<String, Object> producerConfig, String topic,
      Duration deliveryTimeout) {
    return new KafkaWebhookPublisher(producerConfig, topic, deliveryTimeout, Clock.systemUTC());
  }

  /**
   * Publishes {@code event} and waits for the broker's acknowledgement.
   *
   * @throws org.apache.kafka.common.KafkaException if it was not acknowledged in time
   */
  @Override
  public void accept(AssetEvent event) {
    String subject = AssetEvent.assetIdOf(event);
    String key = subject != null ? subject : event.delivery().objectId();
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", Producers.CLOUDEVENTS_JSON);
    byte[] value = WebhookRecords.encode(event, subject, clock.instant());
    Producers.await(producer.send(new ProducerRecord<>(topic, null,
        key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, headers)), deliveryTimeout);
  }

  /** Waits for records in flight and closes the producer. */
  @Override
  public void close() {
    producer.close(deliveryTimeout);
  }

  @Override
  public String toString() {
    return "KafkaWebhookPublisher[topic=" + topic + "]";
  }
}
