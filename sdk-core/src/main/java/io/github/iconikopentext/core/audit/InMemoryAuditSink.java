package io.github.iconikopentext.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keeps events in memory, in the order they were written: for tests and for applications that forward events
 * themselves. Unbounded — do not use it for a long-running process's audit trail. Thread-safe.
 */
public final class InMemoryAuditSink implements AuditSink {
  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public synchronized void write(AuditEvent event) {
    events.add(Objects.requireNonNull(event, "event == null"));
  }

  /** A snapshot of the events written so far. */
  public synchronized List<AuditEvent> events() {
    return List.copyOf(events);
  }

  public synchronized void clear() {
    events.clear();
  }

  @Override
  public String toString() {
    return "in-memory audit sink";
  }
}
