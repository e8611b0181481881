/**
 * Apache Kafka for fleets that already run it: {@link io.github.iconikopentext.kafka.KafkaAuditSink} ships audit
 * events as CloudEvents with the hash chain ({@link io.github.iconikopentext.kafka.KafkaAuditVerifier} checks it);
 * {@link io.github.iconikopentext.kafka.KafkaWebhookPublisher} hands verified webhook events to a topic and
 * {@link io.github.iconikopentext.kafka.KafkaEventWorker}s in a consumer group process them, failures going to a
 * dead-letter topic. See {@code docs/kafka.md}.
 */
@NullMarked
package io.github.iconikopentext.kafka;

import org.jspecify.annotations.NullMarked;
