package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.audit.internal.CompositeAuditSink;
import java.util.List;

/**
 * Where audit events go: a log file with tamper evidence ({@link JsonLinesAuditSink}), the application's logging
 * ({@link Slf4jAuditSink}), memory ({@link InMemoryAuditSink}), several of these ({@link #composite(List)}), or any
 * of them behind a queue ({@link AsyncAuditSink}).
 *
 * <p>Contract for implementations: thread-safe; {@link #write(AuditEvent)} either records the event or throws
 * {@link AuditException} — it never drops an event silently; after {@link #close()} returns, every written event
 * has reached its destination and further writes throw.
 */
public interface AuditSink extends AutoCloseable {

  /**
   * Records one event.
   *
   * @throws AuditException if the event could not be recorded
   */
  void write(AuditEvent event);

  /**
   * Pushes buffered events to their destination (for files: to the disk).
   *
   * @throws AuditException if that failed, or an asynchronous sink failed to record an event since the last flush
   */
  default void flush() {}

  /**
   * Flushes and releases resources. Idempotent.
   *
   * @throws AuditException if the final flush failed
   */
  @Override
  default void close() {}

  /**
   * A sink that writes every event to each of {@code sinks}, in order. A failing sink does not keep the event from the
   * others; after trying all, the first failure is thrown with the others suppressed.
   */
  static AuditSink composite(List<? extends AuditSink> sinks) {
    return new CompositeAuditSink(sinks);
  }

  /** {@link #composite(List)} of the given sinks. */
  static AuditSink composite(AuditSink... sinks) {
    return composite(List.of(sinks));
  }
}
