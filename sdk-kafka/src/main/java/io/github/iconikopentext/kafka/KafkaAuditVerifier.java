package io.github.iconikopentext.kafka;

import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.internal.ChainFormat;
import io.github.iconikopentext.core.audit.internal.ChainRecord;
import io.github.iconikopentext.core.audit.internal.ChainVerifier;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads an audit topic written by {@link KafkaAuditSink}s and verifies every chain in it with the same rules as
 * {@link io.github.iconikopentext.core.audit.AuditLogVerifier}: each record's hash, the {@code prevhash} links, the
 * sequence, every checkpoint's HMAC. Records of a chain may sit in any partition (they are keyed by subject); the
 * verifier orders them by sequence. It reads every partition from its first to its current last offset, without a
 * consumer group (nothing is committed), and holds the records of the topic in memory while it verifies: run it on
 * a topic, or a time window exported from one, that fits. Records without the chain header are counted as foreign
 * and otherwise ignored. Immutable and thread-safe.
 */
public final class KafkaAuditVerifier {
  private final Map<String, Object> consumerConfig;
  private final String topic;
  private final Map<String, byte[]> keys;
  private final Duration timeout;

  private KafkaAuditVerifier(Builder b) {
    this.consumerConfig = b.consumerConfig;
    this.topic = b.topic;
    this.keys = Map.copyOf(b.keys);
    this.timeout = b.timeout;
  }

  public static Builder builder(Map<String, Object> consumerConfig, String topic) {
    return new Builder(consumerConfig, topic);
  }

  /**
   * Verifies every chain in the topic as it is now.
   *
   * @return each chain's name and its verification, in name order
   * @throws AuditException if the topic cannot be read within the timeout
   */
  public Map<String, AuditLogVerification> verify() {
    Map<String, List<byte[]>> chains = readChains();
    Map<String, AuditLogVerification> results = new TreeMap<>();
    ChainVerifier verifier = new ChainVerifier(keys, false, null, false);
    chains.forEach((chain, lines) -> {
      List<byte[]> ordered = new ArrayList<>(lines);
      ordered.sort(Comparator.comparingLong(KafkaAuditVerifier::sequenceOf));
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (byte[] line : ordered) {
        joined.writeBytes(line);
        joined.write('\n');
      }
      results.put(chain, verifier.verify(new ByteArrayInputStream(joined.toByteArray()),
          "Kafka topic " + topic + ", chain " + chain));
    });
    return results;
  }

  private static long sequenceOf(byte[] line) {
    try {
      return ChainRecord.parse(line).sequence();
    } catch (ChainRecord.MalformedException e) {
      return Long.MAX_VALUE; // placed last; the verifier reports it
    }
  }

  private Map<String, List<byte[]>> readChains() {
    Map<String, Object> c = new HashMap<>(consumerConfig);
    c.remove(ConsumerConfig.GROUP_ID_CONFIG);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<String, List<byte[]>> chains = new TreeMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo p : consumer.partitionsFor(topic, timeout)) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, timeout));
      end.entrySet().removeIf(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
      while (!end.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new AuditException("could not read Kafka audit topic " + topic + " to its end within " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          Header chain = r.headers().lastHeader(KafkaAuditSink.CHAIN_HEADER);
          if (chain != null && r.value() != null) {
            chains.computeIfAbsent(new String(chain.value(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                .add(r.value());
          }
        }
        end.entrySet().removeIf(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
      }
    } catch (org.apache.kafka.common.KafkaException e) {
      throw new AuditException("could not read Kafka audit topic " + topic + ": " + e.getMessage(), e);
    }
    return chains;
  }

  /** Builds a {@link KafkaAuditVerifier}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> consumerConfig;
    private final String topic;
    private final Map<String, byte[]> keys = new HashMap<>();
    private Duration timeout = Duration.ofSeconds(60);

    private Builder(Map<String, Object> consumerConfig, String topic) {
      this.consumerConfig = Map.copyOf(Objects.requireNonNull(consumerConfig, "consumerConfig == null"));
      this.topic = Objects.requireNonNull(topic, "topic == null");
    }

    /**
     * Adds a checkpoint key by id; add every key the sinks used.
     *
     * @throws AuditException if the key is shorter than 32 bytes
     */
    public Builder key(Credential key) {
      byte[] bytes = key.secret().utf8Bytes();
      ChainFormat.hmac(key.id(), bytes);
      keys.put(key.id(), bytes);
      return this;
    }

    /** Adds the key {@code provider} supplies now. */
    public Builder key(CredentialsProvider provider) {
      return key(provider.resolveCredential());
    }

    /** How long reading the topic may take at most (default 60 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout == null");
      return this;
    }

    public KafkaAuditVerifier build() {
      return new KafkaAuditVerifier(this);
    }
  }
}
