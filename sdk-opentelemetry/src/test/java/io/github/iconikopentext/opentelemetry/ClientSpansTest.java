package io.github.iconikopentext.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client-call spans after the HTTP client semantic conventions, from real calls to the iconik simulator. */
class ClientSpansTest {
  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  private final IconikSimulator sim = IconikSimulator.start();
  private final SdkTracing tracing = SdkTracing.create(otel.getOpenTelemetry());
  private final IconikClient iconik = IconikClient.builder(sim.environment(), sim.credentials())
      .httpOptions(HttpOptions.builder().sleeper(d -> { }).addCallListener(tracing.callListener()).build()).build();

  @AfterEach
  void stop() {
    iconik.close();
    sim.close();
  }

  @Test
  void aCallRetriedAfterA503_isOneClientSpanWithItsRetryAsAnEvent() {
    String assetId = sim.seedAsset("Launch film");
    sim.injectFault("/API/assets/v1/assets/" + assetId + "/?", IconikFault.serverError(503), 1);

    iconik.assets().get(assetId);

    URI base = sim.baseUrl();
    assertThat(otel.getSpans()).singleElement().satisfies(span -> {
      assertThat(span).hasKind(SpanKind.CLIENT).hasName("GET /API/assets/v1/assets/{asset_id}/")
          .hasAttribute(AttributeKey.stringKey("http.request.method"), "GET")
          .hasAttribute(AttributeKey.stringKey("url.template"), "/API/assets/v1/assets/{asset_id}/")
          .hasAttribute(AttributeKey.stringKey("url.full"), base.resolve("/API/assets/v1/assets/" + assetId + "/")
              .toString())
          .hasAttribute(AttributeKey.stringKey("server.address"), base.getHost())
          .hasAttribute(AttributeKey.longKey("server.port"), (long) base.getPort())
          .hasAttribute(AttributeKey.longKey("http.response.status_code"), 200L)
          .hasAttribute(AttributeKey.longKey("http.request.resend_count"), 1L)
          .hasAttribute(AttributeKey.stringKey("iconik_opentext.operation"), "AssetsApi.get");
      assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
      assertThat(span.getEvents()).singleElement().satisfies(event -> {
        assertThat(event.getName()).isEqualTo("retry");
        assertThat(event.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("503");
      });
    });
  }

  @Test
  void aFailedCall_hasTheStatusAsErrorType_andIsAChildOfTheCurrentSpan() {
    Span parent = otel.getOpenTelemetry().getTracer("test").spanBuilder("job").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      assertThatThrownBy(() -> iconik.assets().get("00000000-0000-0000-0000-000000000000"))
          .isInstanceOf(NotFoundException.class);
    } finally {
      parent.end();
    }

    SpanData call = otel.getSpans().stream().filter(s -> s.getKind() == SpanKind.CLIENT).findFirst().orElseThrow();
    assertThat(call).hasParentSpanId(parent.getSpanContext().getSpanId())
        .hasTraceId(parent.getSpanContext().getTraceId())
        .hasAttribute(AttributeKey.longKey("http.response.status_code"), 404L)
        .hasAttribute(AttributeKey.stringKey("error.type"), "404");
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getEvents()).extracting(e -> e.getName()).contains("exception");
  }
}
