package io.github.iconikopentext.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaSmokeTest {
  @Test
  void roundTrip() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      kafka.createTopic("t", 1);
      try (KafkaProducer<String, String> p = new KafkaProducer<>(kafka.clientConfig(), new StringSerializer(), new StringSerializer())) {
        p.send(new ProducerRecord<>("t", "k", "v")).get();
      }
      kafka.restart();
      Map<String, Object> c = new HashMap<>(kafka.clientConfig());
      c.put(ConsumerConfig.GROUP_ID_CONFIG, "g");
      c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
        consumer.subscribe(List.of("t"));
        int n = 0;
        long end = System.nanoTime() + 30_000_000_000L;
        while (n == 0 && System.nanoTime() < end) {
          ConsumerRecords<String, String> r = consumer.poll(Duration.ofMillis(200));
          n += r.count();
        }
        assertThat(n).isEqualTo(1);
      }
    }
  }
}
