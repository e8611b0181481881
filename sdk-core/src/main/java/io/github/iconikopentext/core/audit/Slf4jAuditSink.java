package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.audit.internal.AnchorLog;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each event at INFO to a dedicated slf4j logger ({@value #DEFAULT_LOGGER} unless configured), so that the
 * application's logging pipeline ships it: the message is the event's JSON (CloudEvents or OCSF), and the event id,
 * action and outcome are attached as slf4j key-value pairs ({@code audit.event_id}, {@code audit.action},
 * {@code audit.outcome}) for structured encoders.
 *
 * <p>Route the logger to its own appender (and keep it at INFO): the logging configuration decides where events go,
 * and a logger switched off discards them — an operator's choice the SDK reports once, at warn, when the sink is
 * created. slf4j reports no write failures, so this sink never throws; for a record that fails loudly, use
 * {@link JsonLinesAuditSink}.
 *
 * <p>It is also an {@link AuditAnchorPublisher}: give it to {@link JsonLinesAuditSink.Builder#anchorPublisher} and
 * each durable checkpoint's anchor ({@code sequence:hash}) is logged on the same logger, so it leaves the host with
 * the events and a log cut back to an earlier checkpoint can be told from an intact one. Thread-safe.
 */
public final class Slf4jAuditSink implements AuditSink, AuditAnchorPublisher {
  /** The logger used unless another is configured. */
  public static final String DEFAULT_LOGGER = "io.github.iconikopentext.audit";

  /** The JSON each log message holds. */
  public enum Format {
    /** {@link AuditEvent#toJson()}: {@code application/cloudevents+json}. */
    CLOUDEVENTS,
    /** {@link AuditEvent#toOcsfJson()}. */
    OCSF
  }

  private final Logger logger;
  private final Format format;

  private Slf4jAuditSink(Builder b) {
    this.logger = b.logger != null ? b.logger : LoggerFactory.getLogger(DEFAULT_LOGGER);
    this.format = b.format;
    if (!logger.isInfoEnabled()) {
      LoggerFactory.getLogger(Slf4jAuditSink.class).warn(
          "audit logger '{}' is not enabled at INFO: audit events written to it are discarded", logger.getName());
    }
  }

  /** A sink writing CloudEvents JSON to {@value #DEFAULT_LOGGER}. */
  public static Slf4jAuditSink create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void write(AuditEvent event) {
    Objects.requireNonNull(event, "event == null");
    if (!logger.isInfoEnabled()) {
      return;
    }
    String json = format == Format.OCSF ? event.toOcsfJson() : event.toJson();
    logger.atInfo()
        .addKeyValue("audit.event_id", event.id())
        .addKeyValue("audit.action", event.action().eventName())
        .addKeyValue("audit.outcome", event.outcome().status().jsonName())
        .log("{}", json); // never as the format itself: braces in the JSON would be read as placeholders
  }

  /** Logs the anchor at INFO on this sink's logger, with {@code audit.log} and {@code audit.anchor} key-values. */
  @Override
  public void publish(String log, AuditAnchor anchor) {
    new AnchorLog(logger).publish(Objects.requireNonNull(log, "log == null"),
        Objects.requireNonNull(anchor, "anchor == null"));
  }

  @Override
  public String toString() {
    return "slf4j audit sink " + logger.getName() + " (" + format + ")";
  }

  /** Builds an {@link Slf4jAuditSink}. Not thread-safe. */
  public static final class Builder {
    private Logger logger;
    private Format format = Format.CLOUDEVENTS;

    private Builder() {}

    /** The logger to write to; {@value #DEFAULT_LOGGER} by default. */
    public Builder logger(Logger logger) {
      this.logger = Objects.requireNonNull(logger, "logger == null");
      return this;
    }

    /** The logger to write to, by name. */
    public Builder loggerName(String name) {
      return logger(LoggerFactory.getLogger(Objects.requireNonNull(name, "name == null")));
    }

    public Builder format(Format format) {
      this.format = Objects.requireNonNull(format, "format == null");
      return this;
    }

    public Slf4jAuditSink build() {
      return new Slf4jAuditSink(this);
    }
  }
}
