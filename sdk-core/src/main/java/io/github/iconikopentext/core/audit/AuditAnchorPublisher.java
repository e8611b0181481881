package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.audit.internal.AnchorLog;
import org.slf4j.LoggerFactory;

/**
 * Where a hash-chained audit sink sends the {@link AuditAnchor} of each checkpoint once it is durable (fsynced by
 * {@link JsonLinesAuditSink}, committed by the JDBC sink), so that a copy lives off the host: a log shipped to a
 * SIEM, a ticket, another database. Anchors come in sequence order; when several checkpoints become durable
 * together only the latest is published, as it alone matters.
 *
 * <p>Without an anchor kept elsewhere, whoever can write the log can cut it back to any earlier checkpoint, or to
 * an earlier session's closing checkpoint, and it verifies as intact ({@code docs/audit.md}, "What the format cannot
 * show"). With one, the verifier reports the cut.
 *
 * <p>Implementations must be thread-safe and quick (they are called on the sink's sync path); a publisher that
 * throws is logged at warn and does not fail the write.
 */
@FunctionalInterface
public interface AuditAnchorPublisher {
  /** The logger {@link #slf4j()} writes to. */
  String DEFAULT_LOGGER = Slf4jAuditSink.DEFAULT_LOGGER + ".anchor";

  /**
   * Publishes the anchor of a durable checkpoint.
   *
   * @param log the log it belongs to: the file path, or the table of a JDBC chain
   */
  void publish(String log, AuditAnchor anchor);

  /**
   * Logs each anchor at INFO on {@value #DEFAULT_LOGGER} — the default of the sinks — with {@code audit.log},
   * {@code audit.anchor} as slf4j key-value pairs. Ship that logger off the host.
   */
  static AuditAnchorPublisher slf4j() {
    return new AnchorLog(LoggerFactory.getLogger(DEFAULT_LOGGER));
  }

  /** Publishes nothing: only for logs whose anchors are kept by other means (e.g. {@code lastAnchor()}). */
  static AuditAnchorPublisher none() {
    return (log, anchor) -> { };
  }
}
