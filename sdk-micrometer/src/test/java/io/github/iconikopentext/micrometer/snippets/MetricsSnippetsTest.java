package io.github.iconikopentext.micrometer.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.micrometer.SdkMeters;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import io.github.iconikopentext.testkit.junit.WebhookSender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented wiring, run against the simulators: every meter family of the page shows up. */
class MetricsSnippetsTest {
  private static final String SECRET = "shared-secret-for-iconik-hooks-0123456789";

  @TempDir
  Path archive;

  @Test
  void theDocumentedWiring_producesEveryMeterFamily() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (IconikSimulator iconikSim = IconikSimulator.start(); OpenTextSimulator openTextSim = OpenTextSimulator.start()) {
      IntegrationTemplate template;
      try (InputStream in = getClass().getResourceAsStream("/archive-template.json")) {
        template = TemplateSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "t")
            .resolve(new TemplateValues("dev", Map.of("receiver_url", "http://127.0.0.1",
                "archive_dir", archive.toString(), "iconik_app_id", iconikSim.appId())));
      }
      MetricsSnippets.Metered metered = MetricsSnippets.metered(registry, template, iconikSim.environment(),
          iconikSim.credentials(), openTextSim.environment("dev"), openTextSim.clientCredentials(),
          new InMemoryAuditSink(), SecretResolvers.builder().environment(Map.of("ICONIK_WEBHOOK_SECRET", SECRET))
              .build());
      HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      receiver.createContext("/hooks", exchange -> {
        WebhookResult result = metered.runtime().receive(WebhookHeaders.ofMultiValued(exchange.getRequestHeaders()),
            exchange.getRequestBody().readAllBytes());
        exchange.sendResponseHeaders(result.httpStatus(), -1);
        exchange.close();
      });
      receiver.start();
      try {
        String assetId = iconikSim.seedAsset("Launch film");
        iconikSim.seedFile(assetId, "launch.mov", new byte[4096]);
        WebhookSender.of(iconikSim).withHeader("X-Iconik-Secret", SECRET).send(
            URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks"),
            new IconikWebhookEvent("assets", "approvals", "update", assetId,
                Map.of("object_id", assetId, "object_type", "assets", "status", "APPROVED")));
        metered.tokens().tokens(openTextSim.environment("dev"),
            OpenTextAuth.clientCredentials(openTextSim.clientCredentials())).resolveCredential();
      } finally {
        receiver.stop(0);
        metered.runtime().close();
        metered.openText().close();
        metered.tokens().close();
        metered.iconik().close();
        metered.audit().close();
      }
    }

    assertThat(registry.getMeters()).extracting(m -> m.getId().getName()).contains(SdkMeters.CLIENT_CALLS,
        SdkMeters.TOKEN_REFRESHES, SdkMeters.WEBHOOK_VERIFICATIONS, SdkMeters.TRANSFERS, SdkMeters.TRANSFER_BYTES,
        SdkMeters.AUDIT_QUEUE_DEPTH, SdkMeters.AUDIT_QUEUE_CAPACITY);
    assertThat(registry.get(SdkMeters.TRANSFERS).tag("outcome", "completed").timer().count()).isEqualTo(1);
  }
}
