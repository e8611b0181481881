package io.github.iconikopentext.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.github.iconikopentext.testkit.junit.WebhookSender;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed webhook delivered by the iconik simulator over HTTP to a runtime: its receipt, routing, transfer and the
 * transfer's client calls are one trace, and the audit events name that trace.
 */
class WebhookTraceTest {
  private static final String SECRET = "shared-secret-for-iconik-hooks-0123456789";

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  private final IconikSimulator sim = IconikSimulator.start();
  private final SdkTracing tracing = SdkTracing.create(otel.getOpenTelemetry());
  private final InMemoryAuditSink audit = new InMemoryAuditSink();
  private final IconikClient iconik = IconikClient.builder(sim.environment(), sim.credentials())
      .httpOptions(HttpOptions.builder().sleeper(d -> { }).addCallListener(tracing.callListener()).build()).build();
  private HttpServer receiver;
  private IntegrationRuntime runtime;

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
    if (runtime != null) {
      runtime.close();
    }
    iconik.close();
    sim.close();
  }

  @Test
  void aWebhookItsRoutingItsTransferAndTheirClientCalls_areOneTrace_namedByTheAuditEvents() throws IOException {
    URI webhookUrl = startReceiver();
    String assetId = sim.seedAsset("Launch film");
    byte[] content = "frames…".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    sim.seedFile(assetId, "launch.mov", content);

    WebhookSender.Sent sent = WebhookSender.of(sim).withHeader("X-Iconik-Secret", SECRET)
        .send(webhookUrl, new IconikWebhookEvent("assets", "approvals", "update", assetId,
            Map.of("object_id", assetId, "object_type", "assets", "status", "APPROVED")));
    assertThat(sent.status()).isEqualTo(200);

    List<SpanData> spans = otel.getSpans();
    SpanData receive = named(spans, "receive iconik webhook");
    SpanData route = named(spans, "route ApprovalGranted");
    SpanData transfer = named(spans, "transfer archive");
    assertThat(spans).allSatisfy(s -> assertThat(s.getTraceId()).isEqualTo(receive.getTraceId()));
    assertThat(receive.getParentSpanContext().isValid()).isFalse();
    assertThat(receive.getAttributes().get(AttributeKey.stringKey("iconik_opentext.webhook.outcome")))
        .isEqualTo("accepted");
    assertThat(route.getParentSpanId()).isEqualTo(receive.getSpanId());
    assertThat(route.getAttributes().get(AttributeKey.stringKey("iconik_opentext.asset_id"))).isEqualTo(assetId);
    assertThat(transfer.getParentSpanId()).isEqualTo(route.getSpanId());
    assertThat(transfer.getAttributes().get(AttributeKey.stringKey("iconik_opentext.transfer.state")))
        .isEqualTo("completed");
    assertThat(transfer.getAttributes().get(AttributeKey.longKey("iconik_opentext.transfer.bytes")))
        .isEqualTo(content.length);
    List<SpanData> calls = spans.stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
    assertThat(calls).extracting(s -> s.getAttributes().get(AttributeKey.stringKey("iconik_opentext.operation")))
        .contains("FilesApi.formatByName", "JobsApi.create", "JobsApi.update");
    assertThat(calls).allSatisfy(c -> assertThat(c.getParentSpanId()).isEqualTo(transfer.getSpanId()));

    AuditEvent received = audit.events().stream().filter(e -> e.action() == AuditAction.WEBHOOK_RECEIVED)
        .findFirst().orElseThrow();
    assertThat(received.details()).containsEntry(SdkTracing.TRACE_ID, receive.getTraceId())
        .containsEntry(SdkTracing.SPAN_ID, receive.getSpanId());
    AuditEvent transferred = audit.events().stream().filter(e -> e.action() == AuditAction.ASSET_TRANSFERRED)
        .findFirst().orElseThrow();
    assertThat(transferred.details()).containsEntry(SdkTracing.TRACE_ID, receive.getTraceId())
        .containsEntry(SdkTracing.SPAN_ID, transfer.getSpanId());
  }

  @Test
  void progressReportsFromTheTransferThreads_stayInTheTransfersTrace() throws IOException {
    String assetId = sim.seedAsset("Long film");
    sim.seedFile(assetId, "long.mov", new byte[3 << 20]);
    sim.injectFault("/sim/files/.*", IconikFault.stallAfter(1 << 20, Duration.ofMillis(600)), 1);
    AssetTransfer transfer = AssetTransfer.builder(iconik).lease(Duration.ofMillis(200))
        .addObserver(tracing.integrationObserver()).build();

    Span job = otel.getOpenTelemetry().getTracer("test").spanBuilder("nightly archive").startSpan();
    try (Scope ignored = job.makeCurrent()) {
      transfer.transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));
    } finally {
      job.end();
    }

    SpanData transferSpan = named(otel.getSpans(), "transfer archive");
    // The job's updates: progress reports (sent from a transfer thread during the stall) and the final FINISHED.
    List<SpanData> updates = otel.getSpans().stream().filter(s -> "JobsApi.update".equals(
        s.getAttributes().get(AttributeKey.stringKey("iconik_opentext.operation")))).toList();
    assertThat(updates).hasSizeGreaterThan(1).allSatisfy(update -> {
      assertThat(update.getTraceId()).isEqualTo(job.getSpanContext().getTraceId());
      assertThat(update.getParentSpanId()).isEqualTo(transferSpan.getSpanId());
    });
  }

  private URI startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    IntegrationTemplate template;
    try (InputStream in = getClass().getResourceAsStream("/archive-template.json")) {
      template = TemplateSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "archive-template.json")
          .resolve(new TemplateValues("dev", Map.of("receiver_url", "http://127.0.0.1",
              "archive_dir", archive.toString(), "iconik_app_id", sim.appId())));
    }
    runtime = IntegrationRuntime.builder(template, iconik)
        .secretResolvers(SecretResolvers.builder().environment(Map.of("ICONIK_WEBHOOK_SECRET", SECRET,
            "ICONIK_AUTH_TOKEN", sim.authToken())).build())
        .audit(AuditContext.builder(audit).environment("dev").enricher(tracing.auditEnricher()).build())
        .addObserver(tracing.integrationObserver())
        .build();
    receiver.createContext("/iconik/webhooks", exchange -> {
      WebhookResult result = runtime.receive(WebhookHeaders.ofMultiValued(exchange.getRequestHeaders()),
          exchange.getRequestBody().readAllBytes());
      exchange.sendResponseHeaders(result.httpStatus(), -1);
      exchange.close();
    });
    receiver.start();
    return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/iconik/webhooks");
  }

  private static SpanData named(List<SpanData> spans, String name) {
    return spans.stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans.stream().map(SpanData::getName)
            .toList()));
  }
}
