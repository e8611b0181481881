package io.github.iconikopentext.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.github.iconikopentext.testkit.junit.WebhookSender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook and transfer meters of a runtime receiving real deliveries from the iconik simulator. */
class IntegrationMetersTest {
  private static final String SECRET = "shared-secret-for-iconik-hooks-0123456789";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final SdkMeters meters = SdkMeters.bindTo(registry);
  private final IconikSimulator sim = IconikSimulator.start();
  private IconikClient iconik;
  private IntegrationRuntime runtime;
  private HttpServer receiver;
  private URI webhookUrl;

  @TempDir
  Path archive;

  @BeforeEach
  void start() throws IOException {
    iconik = IconikClient.builder(sim.environment(), sim.credentials())
        .httpOptions(HttpOptions.builder().sleeper(d -> { }).build()).build();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    webhookUrl = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/iconik/webhooks");
    IntegrationTemplate template = template(Map.of("receiver_url", "http://127.0.0.1",
        "archive_dir", archive.toString(), "iconik_app_id", sim.appId()));
    runtime = IntegrationRuntime.builder(template, iconik)
        .secretResolvers(SecretResolvers.builder().environment(Map.of("ICONIK_WEBHOOK_SECRET", SECRET,
            "ICONIK_AUTH_TOKEN", sim.authToken())).build())
        .addObserver(meters.integrationObserver())
        .build();
    receiver.createContext("/iconik/webhooks", exchange -> {
      WebhookResult result = runtime.receive(WebhookHeaders.ofMultiValued(exchange.getRequestHeaders()),
          exchange.getRequestBody().readAllBytes());
      exchange.sendResponseHeaders(result.httpStatus(), -1);
      exchange.close();
    });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
    runtime.close();
    iconik.close();
    sim.close();
  }

  static IntegrationTemplate template(Map<String, String> values) throws IOException {
    try (InputStream in = IntegrationMetersTest.class.getResourceAsStream("/archive-template.json")) {
      return TemplateSource.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "archive-template.json")
          .resolve(new TemplateValues("dev", values));
    }
  }

  @Test
  void anApprovalDelivered_countsTheWebhook_andTimesTheTransferWithItsBytes() {
    String assetId = sim.seedAsset("Launch film");
    byte[] content = "frames…".repeat(5_000).getBytes(StandardCharsets.UTF_8);
    sim.seedFile(assetId, "launch.mov", content);
    WebhookSender sender = WebhookSender.of(sim).withHeader("X-Iconik-Secret", SECRET);

    WebhookSender.Sent sent = sender.send(webhookUrl, approved(assetId));
    assertThat(sent.status()).isEqualTo(200);
    assertThat(sender.resend(sent).status()).isEqualTo(200);

    assertThat(registry.get(SdkMeters.WEBHOOK_VERIFICATIONS).tag("outcome", "accepted").tag("reason", "none")
        .counter().count()).isEqualTo(1);
    assertThat(registry.get(SdkMeters.WEBHOOK_VERIFICATIONS).tag("outcome", "duplicate").counter().count())
        .isEqualTo(1);
    assertThat(registry.get(SdkMeters.TRANSFERS).tag("target", "archive").tag("outcome", "completed")
        .tag("failure.domain", "none").timer().count()).isEqualTo(1);
    assertThat(registry.get(SdkMeters.TRANSFER_BYTES).tag("target", "archive").summary().totalAmount())
        .isEqualTo(content.length);
  }

  @Test
  void aWrongSecret_isCountedWithItsVerificationReason() {
    WebhookSender forger = WebhookSender.of(sim).withHeader("X-Iconik-Secret", "not-the-secret");

    assertThat(forger.send(webhookUrl, approved(sim.seedAsset("Launch film"))).status()).isEqualTo(401);

    assertThat(registry.get(SdkMeters.WEBHOOK_VERIFICATIONS).tag("outcome", "unauthorized")
        .tag("reason", "no_matching_signature").counter().count()).isEqualTo(1);
    assertThat(registry.find(SdkMeters.TRANSFERS).timers()).isEmpty();
  }

  @Test
  void aTransferThatFails_isTimedAsFailedWithItsFailureDomain() {
    String withoutFile = sim.seedAsset("Not uploaded yet");

    assertThatThrownBy(() -> runtime.transfer(withoutFile, "ORIGINAL", "archive"))
        .isInstanceOf(IntegrationException.class);

    assertThat(registry.get(SdkMeters.TRANSFERS).tag("target", "archive").tag("outcome", "failed")
        .tag("failure.domain", "asset").timer().count()).isEqualTo(1);
    assertThat(registry.find(SdkMeters.TRANSFER_BYTES).summaries()).isEmpty();
  }

  private static IconikWebhookEvent approved(String assetId) {
    return new IconikWebhookEvent("assets", "approvals", "update", assetId,
        Map.of("object_id", assetId, "object_type", "assets", "status", "APPROVED"));
  }
}
