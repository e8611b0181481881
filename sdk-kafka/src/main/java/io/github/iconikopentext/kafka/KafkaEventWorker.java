package io.github.iconikopentext.kafka;

import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.WebhookPayloadException;
import io.github.iconikopentext.integration.status.ClassifiedFailure;
import io.github.iconikopentext.integration.status.FailureClassifier;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.kafka.internal.Producers;
import io.github.iconikopentext.kafka.internal.WebhookRecords;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working half of the webhook hand-off: one member of a consumer group reading the events a
 * {@link KafkaWebhookPublisher} published and running an {@link AssetEventProcessor} (the routing: transfers,
 * notifications) on each. Run as many as there are partitions, in as many processes as you like: Kafka spreads the
 * partitions over the group's members and moves them when one joins, leaves or crashes.
 *
 * <p><b>At least once, effectively once.</b> A record's offset is committed only after its event was processed (or
 * dead-lettered), so a worker that crashes leaves its uncommitted events to the member that takes its partitions
 * over; they are processed again, and the transfer store's ids make the repeat a no-op (a completed transfer is
 * SKIPPED; one that another worker holds is retried once its lease expires).
 *
 * <p><b>Failures.</b> Each failure is classified into a {@link FailureDomain}. ENDPOINT failures (5xx, timeouts, 429
 * after retries) and {@link RetryLaterException} are retried: the partition is paused and the record read again
 * after {@code retryBackoff}, while the worker keeps polling. After {@code maxAttempts} ENDPOINT failures, or at once
 * for ASSET, INTEGRATION and CREDENTIAL failures and for records that are not a hand-off event, the record goes to the
 * dead-letter topic — its key, value and headers, plus headers {@code iconikopentext_failure_domain},
 * {@code _reason}, {@code _message}, {@code _topic}, {@code _partition}, {@code _offset}, {@code _attempts} — and the
 * worker moves on. A record that cannot be dead-lettered is retried.
 *
 * <p>{@link #start()} runs the worker on a thread of its own; {@link #close()} stops it after the event in hand.
 * Thread-safe.
 */
public final class KafkaEventWorker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KafkaEventWorker.class);
  /** Prefix of the headers a dead-lettered record carries. */
  public static final String FAILURE_HEADER_PREFIX = "iconikopentext_failure_";

  private final Map<String, Object> consumerConfig;
  private final Map<String, Object> producerConfig;
  private final String topic;
  private final String deadLetterTopic;
  private final AssetEventProcessor processor;
  private final int maxAttempts;
  private final Duration retryBackoff;
  private final FailureClassifier classifier;
  private final String name;
  private final AtomicLong processed = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final Map<TopicPartition, Long> resumeAt = new HashMap<>();
  private final Map<String, Integer> attempts = new HashMap<>();
  private volatile boolean running;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;

  private KafkaEventWorker(Builder b) {
    this.consumerConfig = consumerConfig(b);
    this.producerConfig = b.producerConfig != null ? b.producerConfig
        : Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, b.consumerConfig.get(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG));
    this.topic = b.topic;
    this.deadLetterTopic = b.deadLetterTopic != null ? b.deadLetterTopic : b.topic + ".dlq";
    this.processor = b.processor;
    this.maxAttempts = b.maxAttempts;
    this.retryBackoff = b.retryBackoff;
    this.classifier = new FailureClassifier(Clock.systemUTC());
    this.name = b.name;
  }

  private static Map<String, Object> consumerConfig(Builder b) {
    Map<String, Object> c = new HashMap<>(b.consumerConfig);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, b.groupId);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
    return Map.copyOf(c);
  }

  /**
   * A worker in consumer group {@code groupId} reading {@code topic}.
   *
   * @param consumerConfig Kafka consumer settings, at least {@code bootstrap.servers}; group, offsets and commits
   *     are set by the worker
   */
  public static Builder builder(Map<String, Object> consumerConfig, String topic, String groupId,
      AssetEventProcessor processor) {
    return new Builder(consumerConfig, topic, groupId, processor);
  }

  /** Starts the worker's thread. */
  public synchronized KafkaEventWorker start() {
    if (thread != null) {
      throw new IllegalStateException("worker " + name + " was already started");
    }
    running = true;
    thread = new Thread(this::run, "iconik-opentext-kafka-worker-" + name);
    thread.start();
    return this;
  }

  /** Events processed (not counting dead-lettered ones) since start. */
  public long processedCount() {
    return processed.get();
  }

  /** Events sent to the dead-letter topic since start. */
  public long deadLetteredCount() {
    return deadLettered.get();
  }

  /** Whether the worker's thread is running (false once closed, or after it died). */
  public boolean isRunning() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  /** Stops after the event in hand, commits what was processed, leaves the group. Idempotent. */
  @Override
  public void close() {
    running = false;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    Thread t;
    synchronized (this) {
      t = thread;
    }
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    try (KafkaConsumer<byte[], byte[]> c =
            new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        KafkaProducer<byte[], byte[]> deadLetters = Producers.idempotent(producerConfig,
            "dead-letter producer of worker " + name)) {
      consumer = c;
      c.subscribe(List.of(topic), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          partitions.forEach(resumeAt::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
      });
      while (running) {
        resumeDue(c);
        ConsumerRecords<byte[], byte[]> records;
        try {
          records = c.poll(Duration.ofMillis(200));
        } catch (WakeupException e) {
          break;
        }
        for (TopicPartition tp : records.partitions()) {
          for (ConsumerRecord<byte[], byte[]> r : records.records(tp)) {
            if (!handle(r, deadLetters)) {
              c.seek(tp, r.offset());
              c.pause(List.of(tp));
              resumeAt.put(tp, System.nanoTime() + retryBackoff.toNanos());
              break;
            }
            c.commitSync(Map.of(tp, new OffsetAndMetadata(r.offset() + 1)));
          }
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("Kafka worker {} stopped: {}", name, e.toString(), e);
    } finally {
      consumer = null;
    }
  }

  private void resumeDue(KafkaConsumer<byte[], byte[]> c) {
    long now = System.nanoTime();
    resumeAt.entrySet().removeIf(e -> {
      if (now - e.getValue() >= 0) {
        c.resume(List.of(e.getKey()));
        return true;
      }
      return false;
    });
  }

  /** Processes or dead-letters one record; {@code false} to read it again later. */
  private boolean handle(ConsumerRecord<byte[], byte[]> r, KafkaProducer<byte[], byte[]> deadLetters) {
    String position = r.topic() + "/" + r.partition() + "@" + r.offset();
    int attempt = attempts.merge(position, 1, Integer::sum);
    AssetEvent event;
    try {
      event = WebhookRecords.decode(r.value());
    } catch (WebhookPayloadException e) {
      return deadLetter(r, deadLetters, new ClassifiedFailure(FailureDomain.INTEGRATION, "MalformedEvent",
          e.getMessage(), null, null, null, java.time.Instant.now()), attempt, position);
    }
    try {
      processor.process(event);
      processed.incrementAndGet();
      attempts.remove(position);
      return true;
    } catch (RetryLaterException e) {
      log.debug("worker {}: {} deferred: {}", name, position, e.getMessage());
      attempts.remove(position);
      return false;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      ClassifiedFailure failure = classifier.classify(e, null);
      if (failure.domain() == FailureDomain.ENDPOINT && attempt < maxAttempts && running) {
        log.warn("worker {}: {} failed ({} {}, attempt {} of {}), retrying in {}", name, position, failure.domain(),
            failure.reason(), attempt, maxAttempts, retryBackoff);
        return false;
      }
      return deadLetter(r, deadLetters, failure, attempt, position);
    }
  }

  private boolean deadLetter(ConsumerRecord<byte[], byte[]> r, KafkaProducer<byte[], byte[]> deadLetters,
      ClassifiedFailure failure, int attempt, String position) {
    Headers headers = new RecordHeaders(r.headers().toArray());
    header(headers, "domain", failure.domain().name());
    header(headers, "reason", failure.reason());
    header(headers, "message", failure.message());
    header(headers, "topic", r.topic());
    header(headers, "partition", Integer.toString(r.partition()));
    header(headers, "offset", Long.toString(r.offset()));
    header(headers, "attempts", Integer.toString(attempt));
    try {
      Producers.await(deadLetters.send(new ProducerRecord<>(deadLetterTopic, null, r.key(), r.value(), headers)),
          Duration.ofSeconds(30));
    } catch (RuntimeException e) {
      log.error("worker {}: could not dead-letter {} to {}: {}; retrying", name, position, deadLetterTopic,
          e.toString());
      return false;
    }
    log.warn("worker {}: {} dead-lettered to {}: {} {}: {}", name, position, deadLetterTopic, failure.domain(),
        failure.reason(), failure.message());
    deadLettered.incrementAndGet();
    attempts.remove(position);
    return true;
  }

  private static void header(Headers headers, String name, String value) {
    headers.add(FAILURE_HEADER_PREFIX + name, value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "KafkaEventWorker[" + name + ", topic=" + topic + "]";
  }

  /** Builds a {@link KafkaEventWorker}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final String groupId;
    private final AssetEventProcessor processor;
    private Map<String, Object> producerConfig;
    private String deadLetterTopic;
    private int maxAttempts = 5;
    private Duration retryBackoff = Duration.ofSeconds(1);
    private String name = "worker";

    private Builder(Map<String, Object> consumerConfig, String topic, String groupId,
        AssetEventProcessor processor) {
      this.consumerConfig = Map.copyOf(Objects.requireNonNull(consumerConfig, "consumerConfig == null"));
      if (!consumerConfig.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
        throw new io.github.iconikopentext.core.error.ConfigurationException(
            "the Kafka event worker needs bootstrap.servers in its consumer settings");
      }
      this.topic = Objects.requireNonNull(topic, "topic == null");
      this.groupId = Objects.requireNonNull(groupId, "groupId == null");
      this.processor = Objects.requireNonNull(processor, "processor == null");
    }

    /** The dead-letter topic; {@code <topic>.dlq} by default. */
    public Builder deadLetterTopic(String topic) {
      this.deadLetterTopic = Objects.requireNonNull(topic, "topic == null");
      return this;
    }

    /** Producer settings for the dead-letter topic; by default the consumer's {@code bootstrap.servers}. */
    public Builder producerConfig(Map<String, Object> config) {
      this.producerConfig = Map.copyOf(config);
      return this;
    }

    /** How many times an ENDPOINT failure is tried before the record is dead-lettered (default 5). */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + attempts);
      }
      this.maxAttempts = attempts;
      return this;
    }

    /** How long a partition pauses before a failed or deferred record is read again (default 1 s). */
    public Builder retryBackoff(Duration backoff) {
      if (backoff.isNegative()) {
        throw new IllegalArgumentException("retryBackoff is negative: " + backoff);
      }
      this.retryBackoff = backoff;
      return this;
    }

    /** A name for logs and the thread (default {@code worker}). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    public KafkaEventWorker build() {
      return new KafkaEventWorker(this);
    }
  }
}
