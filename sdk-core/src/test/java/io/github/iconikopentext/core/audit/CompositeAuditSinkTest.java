package io.github.iconikopentext.core.audit;

import static io.github.iconikopentext.core.audit.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompositeAuditSinkTest {

  @Test
  void failingSinkDoesNotKeepTheEventFromTheOthersButIsReported() {
    InMemoryAuditSink first = new InMemoryAuditSink();
    InMemoryAuditSink last = new InMemoryAuditSink();
    AuditSink failing = event -> {
      throw new AuditException("siem unreachable");
    };
    AuditSink composite = AuditSink.composite(first, failing, last);

    assertThatThrownBy(() -> composite.write(event(1)))
        .isInstanceOf(AuditException.class).hasMessage("siem unreachable");
    assertThat(first.events()).hasSize(1);
    assertThat(last.events()).hasSize(1);
  }

  @Test
  void nonAuditFailureIsWrappedAndOthersAreSuppressed() {
    AuditSink npe = event -> {
      throw new IllegalStateException("bug");
    };
    AuditSink io = event -> {
      throw new AuditException("io");
    };

    assertThatThrownBy(() -> AuditSink.composite(npe, io).write(event(1)))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("bug")
        .satisfies(e -> assertThat(e.getCause().getSuppressed()).hasSize(1));
  }
}
