package io.github.iconikopentext.kafka;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditAnchorPublisher;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.internal.ChainFormat;
import io.github.iconikopentext.core.audit.internal.ChainKey;
import io.github.iconikopentext.core.audit.internal.CloudEventCodec;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.kafka.internal.Producers;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * An {@link AuditSink} that writes every event to a Kafka topic as a CloudEvent in the
 * <a href="https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/kafka-protocol-binding.md">Kafka
 * protocol binding</a>, structured mode: the record value is the event as {@code application/cloudevents+json}
 * (the {@code content-type} header says so), the record key is the event's {@code subject} (the target's id), so all
 * events about one asset land in one partition, in order.
 *
 * <p><b>Tamper evidence.</b> The sink extends a hash chain exactly as {@code JsonLinesAuditSink} does: each record
 * carries {@code sequence} and {@code prevhash} (CloudEvents extension attributes) and every {@code checkpointEvery}
 * events, on {@link #flush()} and on {@link #close()} it writes an HMAC-signed checkpoint record (type
 * {@code io.github.iconikopentext.audit.checkpoint.v1}, key {@code null}). Each sink instance starts a chain of its
 * own, named by the {@value #CHAIN_HEADER} header of all its records; {@link KafkaAuditVerifier} reads the topic,
 * orders each chain by sequence and verifies it. Anchors of delivered checkpoints go to the configured
 * {@link AuditAnchorPublisher}.
 *
 * <p><b>Delivery.</b> The producer is idempotent with {@code acks=all}; {@link #write(AuditEvent)} returns only once
 * the broker acknowledged the record (concurrent writers share the producer's batches). If a record cannot be
 * delivered within the producer's {@code delivery.timeout.ms}, the write throws {@link AuditException} and the sink
 * refuses further events, because its chain now has a gap: close it and build a new one (a new chain).
 *
 * <p>Thread-safe.
 */
public final class KafkaAuditSink implements AuditSink {
  /** The record header naming the chain a record belongs to. */
  public static final String CHAIN_HEADER = "iconikopentext_chain";

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final String chain;
  private final ChainKey key;
  private final long checkpointEvery;
  private final Duration deliveryTimeout;
  private final AuditAnchorPublisher anchors;
  private final Clock clock;
  private final MessageDigest sha256 = ChainFormat.sha256();
  private final ReentrantLock lock = new ReentrantLock();

  // Guarded by lock.
  private long lastSequence;
  private String lastHash = ChainFormat.ZERO_HASH;
  private long eventsSinceCheckpoint;
  private volatile boolean closed;
  private volatile AuditException broken;

  private KafkaAuditSink(Builder b) {
    this.topic = b.topic;
    this.chain = b.chain != null ? b.chain : UUID.randomUUID().toString();
    this.key = new ChainKey(b.key, "the Kafka audit sink for topic " + b.topic);
    this.checkpointEvery = b.checkpointEvery;
    this.deliveryTimeout = b.deliveryTimeout;
    this.anchors = b.anchors;
    this.clock = b.clock;
    key.mac(); // a missing or short key fails here rather than at the first checkpoint
    this.producer = Producers.idempotent(b.producerConfig, "audit sink for topic " + topic);
    lock.lock();
    try {
      await(List.of(sendCheckpoint(ChainFormat.REASON_OPEN)));
    } catch (RuntimeException e) {
      producer.close(Duration.ZERO);
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /**
   * A sink writing to {@code topic}.
   *
   * @param producerConfig Kafka producer settings, at least {@code bootstrap.servers}; serializers, acks and
   *     idempotence are set by the sink
   * @param checkpointKey the HMAC key that signs checkpoints (at least 32 bytes), by id
   */
  public static Builder builder(Map<String, Object> producerConfig, String topic, CredentialsProvider checkpointKey) {
    return new Builder(producerConfig, topic, checkpointKey);
  }

  /** The chain this sink extends (the value of the {@value #CHAIN_HEADER} header of its records). */
  public String chain() {
    return chain;
  }

  @Override
  public void write(AuditEvent event) {
    Objects.requireNonNull(event, "event == null");
    CloudEventCodec.Encoded encoded = CloudEventCodec.encodeForChain(event);
    byte[] subject = event.subject() == null ? null : event.subject().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<Sent> sent = new ArrayList<>(2);
    lock.lock();
    try {
      ensureWritable();
      sent.add(new Sent(send(subject, chained(encoded)), null));
      eventsSinceCheckpoint++;
      if (checkpointEvery > 0 && eventsSinceCheckpoint >= checkpointEvery) {
        sent.add(sendCheckpoint(ChainFormat.REASON_COUNT));
      }
    } finally {
      lock.unlock();
    }
    await(sent);
  }

  /** Writes a checkpoint (if events came since the last) and waits until everything sent is acknowledged. */
  @Override
  public void flush() {
    Sent checkpoint = null;
    lock.lock();
    try {
      ensureWritable();
      if (eventsSinceCheckpoint > 0) {
        checkpoint = sendCheckpoint(ChainFormat.REASON_MANUAL);
      }
    } finally {
      lock.unlock();
    }
    producer.flush();
    if (checkpoint != null) {
      await(List.of(checkpoint));
    }
  }

  /** Writes the closing checkpoint, waits for it, and closes the producer. Idempotent. */
  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (broken == null) {
        await(List.of(sendCheckpoint(ChainFormat.REASON_CLOSE)));
      }
    } finally {
      lock.unlock();
      producer.close(deliveryTimeout);
    }
  }

  private byte[] chained(CloudEventCodec.Encoded encoded) {
    byte[] json = encoded.json();
    int at = encoded.chainOffset();
    long sequence = lastSequence + 1;
    byte[] attributes = ChainFormat.chainAttributes(lastHash, sequence);
    byte[] line = new byte[json.length + attributes.length];
    System.arraycopy(json, 0, line, 0, at);
    System.arraycopy(attributes, 0, line, at, attributes.length);
    System.arraycopy(json, at, line, at + attributes.length, json.length - at);
    advance(line, sequence);
    return line;
  }

  /** Sends a checkpoint; the future's anchor is published once it is delivered. Called under the lock. */
  private Sent sendCheckpoint(String reason) {
    Mac currentMac = key.mac();
    long sequence = lastSequence + 1;
    byte[] line = ChainFormat.encodeCheckpoint(new ChainFormat.CheckpointFields(sequence, lastHash, clock.instant(),
        reason, eventsSinceCheckpoint, key.keyId(), null, 0), currentMac);
    advance(line, sequence);
    eventsSinceCheckpoint = 0;
    return new Sent(send(null, line), AuditAnchor.of(sequence, lastHash));
  }

  private void advance(byte[] line, long sequence) {
    lastHash = ChainFormat.hex(sha256.digest(line));
    lastSequence = sequence;
  }

  private Future<RecordMetadata> send(byte[] key, byte[] value) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", Producers.CLOUDEVENTS_JSON);
    headers.add(CHAIN_HEADER, chain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try {
      return producer.send(new ProducerRecord<>(topic, null, key, value, headers));
    } catch (RuntimeException e) {
      throw fail(e);
    }
  }

  private void await(List<Sent> sends) {
    for (Sent s : sends) {
      try {
        Producers.await(s.future(), deliveryTimeout);
      } catch (RuntimeException e) {
        throw fail(e);
      }
      if (s.anchor() != null) {
        try {
          anchors.publish("kafka:" + topic + ":" + chain, s.anchor());
        } catch (RuntimeException e) {
          org.slf4j.LoggerFactory.getLogger(KafkaAuditSink.class).warn(
              "audit topic {}: the anchor publisher failed for checkpoint {}: {}", topic, s.anchor(), e.toString());
        }
      }
    }
  }

  private AuditException fail(RuntimeException e) {
    AuditException failure = e instanceof AuditException a ? a
        : new AuditException("could not deliver an audit record to Kafka topic " + topic + ": " + e.getMessage(), e);
    if (broken == null) {
      broken = failure;
    }
    return failure;
  }

  private void ensureWritable() {
    if (closed) {
      throw new AuditException("the Kafka audit sink for topic " + topic + " is closed");
    }
    AuditException failure = broken;
    if (failure != null) {
      throw new AuditException("the Kafka audit sink for topic " + topic + " failed earlier and accepts no more "
          + "events (its chain " + chain + " has a gap); build a new sink: " + failure.getMessage(), failure);
    }
  }

  @Override
  public String toString() {
    return "KafkaAuditSink[topic=" + topic + ", chain=" + chain + "]";
  }

  /** A record handed to the producer; {@code anchor} is set for checkpoints, published once delivered. */
  private record Sent(Future<RecordMetadata> future, AuditAnchor anchor) {}

  /** Builds a {@link KafkaAuditSink}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> producerConfig;
    private final String topic;
    private final CredentialsProvider key;
    private String chain;
    private long checkpointEvery = 1000;
    private Duration deliveryTimeout = Duration.ofSeconds(60);
    private AuditAnchorPublisher anchors = AuditAnchorPublisher.slf4j();
    private Clock clock = Clock.systemUTC();

    private Builder(Map<String, Object> producerConfig, String topic, CredentialsProvider key) {
      this.producerConfig = Map.copyOf(Objects.requireNonNull(producerConfig, "producerConfig == null"));
      this.topic = Objects.requireNonNull(topic, "topic == null");
      this.key = Objects.requireNonNull(key, "checkpointKey == null");
    }

    /** The chain's name; a random UUID by default. Give each live sink its own. */
    public Builder chain(String chain) {
      this.chain = Objects.requireNonNull(chain, "chain == null");
      return this;
    }

    /** A checkpoint after this many events (default 1000; 0: only on flush and close). */
    public Builder checkpointEvery(long events) {
      if (events < 0) {
        throw new IllegalArgumentException("checkpointEvery is negative: " + events);
      }
      this.checkpointEvery = events;
      return this;
    }

    /** How long a write waits for the broker's acknowledgement at most (default 60 s). */
    public Builder deliveryTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("deliveryTimeout must be positive: " + timeout);
      }
      this.deliveryTimeout = timeout;
      return this;
    }

    /** Where anchors of delivered checkpoints go (slf4j by default). */
    public Builder anchors(AuditAnchorPublisher anchors) {
      this.anchors = Objects.requireNonNull(anchors, "anchors == null");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Connects the producer and writes the chain's opening checkpoint.
     *
     * @throws AuditException if the key is unusable or the opening checkpoint cannot be delivered
     */
    public KafkaAuditSink build() {
      return new KafkaAuditSink(this);
    }
  }
}
