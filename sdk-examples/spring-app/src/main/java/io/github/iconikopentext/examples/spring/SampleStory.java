package io.github.iconikopentext.examples.spring;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * What the sample does once it listens: checks both systems, subscribes this application's webhook endpoint in
 * (simulated) iconik as the template's first webhook says — its shared-secret header included —, and approves an
 * asset. iconik then delivers the "approval granted" webhook over HTTP to {@code /iconik/webhooks}, and the runtime
 * copies the asset's original to the archive directory. Logs ids only, never a secret.
 */
final class SampleStory {
  private static final Logger log = LoggerFactory.getLogger(SampleStory.class);

  private final IconikSimulator simulator;
  private final IconikClient iconik;
  private final OpenTextClient openText;
  private final IntegrationRuntime runtime;
  private final IntegrationStatus status;
  private final SecretResolvers secrets;

  SampleStory(IconikSimulator simulator, IconikClient iconik, OpenTextClient openText, IntegrationRuntime runtime,
      IntegrationStatus status, SecretResolvers secrets) {
    this.simulator = simulator;
    this.iconik = iconik;
    this.openText = openText;
    this.runtime = runtime;
    this.status = status;
    this.secrets = secrets;
  }

  @EventListener
  void play(ApplicationReadyEvent ready) {
    String domain = iconik.system().systemDomainId();
    status.recordHealthy(IntegrationStatus.ICONIK_REACHABLE, "signed in to system domain " + domain);
    String client = openText.tokens().resolveCredential().id();
    status.recordHealthy(IntegrationStatus.OPENTEXT_REACHABLE, "token issued to client " + client);

    int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
    String endpoint = "http://127.0.0.1:" + port + "/iconik/webhooks";
    TemplateModel.WebhookSubscription webhook = runtime.template().iconik().webhooks().get(0);
    iconik.webhooks().create(WebhookRequest.builder(endpoint, webhook.eventType()).realm(webhook.realm())
        .name(webhook.name())
        .header(webhook.secretHeader().name(), secrets.resolve(webhook.secretHeader().secret()).reveal())
        .build());

    String assetId = simulator.seedAsset("Launch film");
    simulator.seedFile(assetId, "launch.mov", "frames…".repeat(50_000).getBytes(StandardCharsets.UTF_8));
    iconik.assets().requestApproval(assetId, ApprovalRequest.ofUsers(simulator.userId()));
    iconik.assets().setApproval(assetId, ApprovalStatus.APPROVED);
    log.info("asset {} approved in iconik; its webhook goes to {}. See http://localhost:{}/actuator/health and "
        + "/actuator/metrics", assetId, endpoint, port);
  }
}
