package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.internal.EachOf;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Fans events out to several sinks; see {@link AuditSink#composite(List)}. Thread-safe. Not part of the API. */
public final class CompositeAuditSink implements AuditSink {
  private final List<AuditSink> sinks;

  public CompositeAuditSink(List<? extends AuditSink> sinks) {
    Objects.requireNonNull(sinks, "sinks == null");
    sinks.forEach(s -> Objects.requireNonNull(s, "sinks contains null"));
    this.sinks = List.copyOf(sinks);
  }

  @Override
  public void write(AuditEvent event) {
    Objects.requireNonNull(event, "event == null");
    forEach(sink -> sink.write(event), "write audit event " + event.id());
  }

  @Override
  public void flush() {
    forEach(AuditSink::flush, "flush audit sinks");
  }

  @Override
  public void close() {
    forEach(AuditSink::close, "close audit sinks");
  }

  private void forEach(Consumer<AuditSink> action, String what) {
    RuntimeException first = EachOf.firstFailure(sinks, action);
    if (first instanceof AuditException) {
      throw first;
    }
    if (first != null) {
      throw new AuditException("could not " + what + ": " + first.getMessage(), first);
    }
  }

  @Override
  public String toString() {
    return "composite audit sink " + sinks;
  }
}
