/** Kafka hand-off: audit sink, webhook publisher and event worker on the Kafka Java client. */
module io.github.iconikopentext.kafka {
  requires transitive io.github.iconikopentext.integration;
  // kafka-clients has no module descriptor and no Automatic-Module-Name: its automatic name comes from the jar's
  // file name (kafka-clients-<version>.jar -> kafka.clients).
  requires transitive kafka.clients;
  requires org.slf4j;
  requires static org.jspecify;

  exports io.github.iconikopentext.kafka;
}
