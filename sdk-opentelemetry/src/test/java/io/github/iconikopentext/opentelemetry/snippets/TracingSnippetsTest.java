package io.github.iconikopentext.opentelemetry.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.opentelemetry.SdkTracing;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The documented wiring, run against the iconik simulator: a delivery becomes one trace its audit events name. */
class TracingSnippetsTest {
  private static final String SECRET = "shared-secret-for-iconik-hooks-0123456789";

  @RegisterExtension
  static final OpenTelemetryExtension otel = OpenTelemetryExtension.create();

  @TempDir
  Path archive;

  @Test
  void theDocumentedWiring_tracesADeliveryAsOneTrace() throws Exception {
    InMemoryAuditSink audit = new InMemoryAuditSink();
    try (IconikSimulator sim = IconikSimulator.start()) {
      IntegrationTemplate template;
      try (InputStream in = getClass().getResourceAsStream("/archive-template.json")) {
        template = TemplateSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "t")
            .resolve(new TemplateValues("dev", Map.of("receiver_url", "http://127.0.0.1",
                "archive_dir", archive.toString(), "iconik_app_id", sim.appId())));
      }
      TracingSnippets.Traced traced = TracingSnippets.traced(otel.getOpenTelemetry(), template, sim.environment(),
          sim.credentials(), audit, SecretResolvers.builder().environment(Map.of("ICONIK_WEBHOOK_SECRET", SECRET))
              .build());
      try {
        String assetId = sim.seedAsset("Launch film");
        sim.seedFile(assetId, "launch.mov", new byte[4096]);
        String body = sim.webhookPayload(new IconikWebhookEvent("assets", "approvals", "update", assetId,
            Map.of("object_id", assetId, "object_type", "assets", "status", "APPROVED")));
        traced.runtime().receive(WebhookHeaders.of(Map.of("X-Iconik-Secret", SECRET)),
            body.getBytes(StandardCharsets.UTF_8));
      } finally {
        traced.runtime().close();
        traced.iconik().close();
      }
    }

    assertThat(otel.getSpans()).extracting(SpanData::getName).contains("receive iconik webhook",
        "route ApprovalGranted", "transfer archive");
    String traceId = otel.getSpans().get(0).getTraceId();
    assertThat(otel.getSpans()).extracting(SpanData::getTraceId).containsOnly(traceId);
    assertThat(audit.events()).isNotEmpty().extracting(AuditEvent::details)
        .allSatisfy(details -> assertThat(details).containsEntry(SdkTracing.TRACE_ID, traceId));
  }
}
