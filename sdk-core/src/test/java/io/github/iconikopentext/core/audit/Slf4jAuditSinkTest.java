package io.github.iconikopentext.core.audit;

import static io.github.iconikopentext.core.audit.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

class Slf4jAuditSinkTest {

  /** A real slf4j logger that keeps what it is given. */
  private static final class RecordingLogger extends LegacyAbstractLogger implements LoggingEventAware {
    private static final long serialVersionUID = 1L;
    final List<LoggingEvent> events = new CopyOnWriteArrayList<>();

    RecordingLogger() {
      this.name = "audit-test";
    }

    @Override
    public void log(LoggingEvent event) {
      events.add(event);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String msg, Object[] args, Throwable t) {
      throw new AssertionError("the sink logs through the fluent API");
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }
  }

  private static String message(LoggingEvent e) {
    return MessageFormatter.basicArrayFormat(e.getMessage(), e.getArgumentArray());
  }

  @Test
  void logsTheCloudEventAtInfoWithKeyValues() {
    RecordingLogger logger = new RecordingLogger();
    AuditEvent event = event(1).toBuilder().detail("note", "{} is not a placeholder").build();
    Slf4jAuditSink.builder().logger(logger).build().write(event);

    LoggingEvent logged = logger.events.get(0);
    assertThat(logged.getLevel()).isEqualTo(Level.INFO);
    assertThat(message(logged)).isEqualTo(event.toJson());
    assertThat(logged.getKeyValuePairs()).extracting(kv -> kv.key + "=" + kv.value)
        .containsExactly("audit.event_id=" + event.id(), "audit.action=asset.read", "audit.outcome=success");
  }

  @Test
  void canLogTheOcsfProjection() {
    RecordingLogger logger = new RecordingLogger();
    Slf4jAuditSink.builder().logger(logger).format(Slf4jAuditSink.Format.OCSF).build().write(event(1));

    assertThat(message(logger.events.get(0))).isEqualTo(event(1).toOcsfJson()).contains("\"class_uid\":6003");
  }

  @Test
  void asAnAnchorPublisher_logsEachCheckpointsSequenceAndHash_onTheAuditLogger(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    RecordingLogger logger = new RecordingLogger();
    Slf4jAuditSink slf4j = Slf4jAuditSink.builder().logger(logger).build();
    java.nio.file.Path log = dir.resolve("audit.jsonl");
    JsonLinesAuditSink file = TestEvents.sink(log).anchorPublisher(slf4j).build();
    file.write(event(1));
    file.close();

    AuditAnchor closing = file.lastAnchor();
    assertThat(closing.sequence()).isEqualTo(3); // open, event, close
    assertThat(logger.events).extracting(Slf4jAuditSinkTest::message)
        .containsExactly("audit anchor " + anchorOfLine(log, 1) + " for " + log,
            "audit anchor " + closing + " for " + log);
    assertThat(logger.events.get(1).getKeyValuePairs()).extracting(kv -> kv.key + "=" + kv.value)
        .containsExactly("audit.log=" + log, "audit.anchor=" + closing);
  }

  private static AuditAnchor anchorOfLine(java.nio.file.Path log, int line) {
    try {
      String text = TestEvents.lines(log).get(line - 1);
      return AuditAnchor.of(line, AuditLogVerifierTest.sha256(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
