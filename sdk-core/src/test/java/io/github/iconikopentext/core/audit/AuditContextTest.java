package io.github.iconikopentext.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditContextTest {
  private final InMemoryAuditSink sink = new InMemoryAuditSink();

  @Test
  void enrichers_completeEveryEventInOrder_andABrokenOneStopsNeitherTheEventNorTheOthers() {
    AuditContext context = AuditContext.builder(sink).environment("prod")
        .correlationId(() -> "job-1")
        .enricher(event -> event.detail("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736"))
        .enricher(event -> {
          event.detail("half", "written");
          throw new IllegalStateException("a broken enricher");
        })
        .enricher(event -> event.detail("span_id", "00f067aa0ba902b7").correlationId("trace-overrides-job"))
        .build();

    context.emit(context.newEvent(AuditAction.ASSET_READ).build());

    assertThat(sink.events()).singleElement().satisfies(event -> {
      assertThat(event.details()).containsEntry("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736")
          .containsEntry("span_id", "00f067aa0ba902b7");
      assertThat(event.correlationId()).isEqualTo("trace-overrides-job");
      assertThat(event.environment()).isEqualTo("prod");
    });
  }
}
