package io.github.iconikopentext.kafka.internal;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Producers configured the one way the module uses them, and waiting for their acknowledgements. Not part of the API. */
public final class Producers {
  /** The {@code content-type} header value of structured-mode CloudEvents. */
  public static final byte[] CLOUDEVENTS_JSON =
      "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

  private Producers() {}

  /** An idempotent producer ({@code acks=all}) of byte arrays with the caller's other settings. */
  public static KafkaProducer<byte[], byte[]> idempotent(Map<String, Object> config, String purpose) {
    Map<String, Object> c = new HashMap<>(config);
    if (!c.containsKey(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
      throw new ConfigurationException("the Kafka " + purpose + " needs bootstrap.servers in its producer settings");
    }
    c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    c.put(ProducerConfig.ACKS_CONFIG, "all");
    c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
    try {
      return new KafkaProducer<>(c, new ByteArraySerializer(), new ByteArraySerializer());
    } catch (KafkaException e) {
      throw new ConfigurationException("could not create the Kafka producer of the " + purpose + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Waits for an acknowledgement.
   *
   * @throws KafkaException naming why the record was not delivered
   */
  public static RecordMetadata await(Future<RecordMetadata> sent, Duration timeout) {
    try {
      return sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof KafkaException k ? k : new KafkaException(String.valueOf(cause), cause);
    } catch (TimeoutException e) {
      throw new KafkaException("no acknowledgement from Kafka within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted while waiting for Kafka's acknowledgement", e);
    }
  }
}
