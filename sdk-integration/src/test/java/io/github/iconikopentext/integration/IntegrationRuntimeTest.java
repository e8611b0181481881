package io.github.iconikopentext.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.promotion.Promotion;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.status.TransferSummary;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.testkit.IconikWebhookDelivery;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's story on the simulators: review requested → notified; approval granted → transferred with metadata. */
class IntegrationRuntimeTest {
  private final Systems env = Systems.start("dev");
  private final InMemoryAuditSink audit = new InMemoryAuditSink();
  private final List<String> reviewNotifications = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
  private HttpServer receiver;
  private IntegrationRuntime runtime;

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
    pool.shutdownNow();
    env.close();
  }

  private void startReceiverAndRuntime() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
    Map<String, String> values = new HashMap<>(Map.of("env_label", "dev", "receiver_url", base,
        "cms_type", "media_asset", "cms_folder", "/Media/Dev", "opentext_org", "org-dev",
        "opentext_client_id", "bridge-dev-client", "review_hook_url", base + "/review",
        "archive_dir", archive.toString(), "iconik_app_id", env.iconikSim().appId()));
    IntegrationTemplate template = TemplateSource.parse(Systems.resource("approved-media.json"), "t")
        .resolve(new TemplateValues("dev", values));
    Promotion promotion = Promotion.builder(template, env.target()).secretResolvers(env.resolvers()).build();
    promotion.apply(promotion.plan(false));

    String viewId = env.iconikSim().seedMetadataView("Governance", Map.of(
        "project_code", MetadataFieldType.STRING, "campaign_name", MetadataFieldType.STRING,
        "territories", MetadataFieldType.STRING, "rights_expiry_date", MetadataFieldType.DATE,
        "rights_cleared", MetadataFieldType.BOOLEAN));
    runtime = IntegrationRuntime.builder(template, env.iconik())
        .openText(env.openText())
        .metadataView(viewId)
        .secretResolvers(env.resolvers())
        .expectedSystemDomainId(env.iconikSim().systemDomainId())
        .audit(AuditContext.builder(audit).environment("dev").build())
        .build();
    WebhookVerifier reviewVerifier = WebhookVerifier.builder(WebhookScheme.standardWebhooks())
        .secret(Secret.of(Systems.SECRETS.get("REVIEW_HOOK_SECRET"))).build();
    receiver.createContext("/iconik/webhooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      WebhookResult result = runtime.receive(WebhookHeaders.ofMultiValued(exchange.getRequestHeaders()), body);
      exchange.sendResponseHeaders(result.httpStatus(), -1);
      exchange.close();
    });
    receiver.createContext("/review", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      reviewVerifier.verify(WebhookHeaders.ofMultiValued(exchange.getRequestHeaders()), body);
      reviewNotifications.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.setExecutor(pool); // the webhook handler calls back into this server (/review)
    receiver.start();
    this.viewId = viewId;
  }

  private String viewId;

  @Test
  void reviewThenApproval_notifiesSignedAndTransfersWithMappedMetadata_replayIsIgnored() throws Exception {
    startReceiverAndRuntime();
    String assetId = env.iconikSim().seedAsset("Launch film");
    byte[] content = "frames…".repeat(10_000).getBytes(StandardCharsets.UTF_8);
    env.iconikSim().seedFile(assetId, "launch.mov", content);
    env.iconik().metadata().putAssetValues(assetId, viewId, MetadataValues.builder()
        .put("project_code", " prj-042 ").put("campaign_name", "Spring launch")
        .putAll("territories", List.of("de")).put("rights_expiry_date", "2027-06-30")
        .put("rights_cleared", true).build());

    env.iconik().assets().requestApproval(assetId, ApprovalRequest.ofUsers(env.iconikSim().userId()));
    env.iconikSim().awaitWebhookDeliveries(Duration.ofSeconds(10));
    assertThat(reviewNotifications).singleElement().asString().contains("ReviewRequested").contains(assetId);

    env.iconik().assets().setApproval(assetId, ApprovalStatus.APPROVED);
    env.iconikSim().awaitWebhookDeliveries(Duration.ofSeconds(10));

    List<CmsInstance> instances = env.openText().cms().list(Category.FILE, "media_asset",
        InstanceQuery.filter("properties.iconik_asset_id eq '" + assetId + "'")).stream().toList();
    assertThat(instances).singleElement().satisfies(instance -> {
      Map<String, Object> governance = instance.traits().get("media_governance").get("iconik");
      assertThat(governance).containsEntry("project_code", "PRJ-042").containsEntry("campaign_name", "Spring launch")
          .containsEntry("territories", List.of("DE")).containsEntry("rights_cleared", true);
    });
    assertThat(runtime.status().snapshot().recentTransfers()).first()
        .extracting(TransferSummary::state).isEqualTo(TransferSummary.State.COMPLETED);

    IconikWebhookDelivery approval = env.iconikSim().webhookDeliveries().stream()
        .filter(d -> d.payload().contains("APPROVED")).findFirst().orElseThrow();
    WebhookResult replay = runtime.receive(WebhookHeaders.of(Map.of("X-Iconik-Secret", Systems.WEBHOOK_SECRET)),
        approval.payload().getBytes(StandardCharsets.UTF_8));
    assertThat(replay.outcome()).isEqualTo(WebhookResult.Outcome.DUPLICATE);
    assertThat(env.openText().cms().list(Category.FILE, "media_asset",
        InstanceQuery.filter("properties.iconik_asset_id eq '" + assetId + "'")).stream().count()).isEqualTo(1);

    List<AuditEvent> transferred = audit.events().stream()
        .filter(e -> e.action() == AuditAction.ASSET_TRANSFERRED).toList();
    assertThat(transferred).singleElement().satisfies(e -> {
      assertThat(e.bytes()).isEqualTo(content.length);
      assertThat(e.checksum()).startsWith("sha256:");
      assertThat(e.environment()).isEqualTo("dev");
    });
    assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.WEBHOOK_RECEIVED).hasSizeGreaterThan(1);
  }

  @Test
  void aTransferToTheArchive_isAuditedAsAPlainTransferIs_andKeepsTheMappedMetadataBesideTheFile() throws Exception {
    startReceiverAndRuntime();
    String assetId = env.iconikSim().seedAsset("Archived");
    byte[] content = "archive me".repeat(1000).getBytes(StandardCharsets.UTF_8);
    env.iconikSim().seedFile(assetId, "archived.mov", content);
    env.iconik().metadata().putAssetValues(assetId, viewId, MetadataValues.builder()
        .put("project_code", " prj-9 ").put("campaign_name", "Autumn").build());

    io.github.iconikopentext.integration.transfer.TransferResult result = runtime.transfer(assetId, "ORIGINAL",
        "archive");

    assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.ASSET_TRANSFERRED).singleElement()
        .satisfies(e -> io.github.iconikopentext.integration.transfer.TransferAuditTest.assertTransferred(e,
            assetId, content, result));
    String sidecar = java.nio.file.Files.readString(io.github.iconikopentext.integration.transfer.FileSystemTarget
        .sidecarOf(Path.of(result.record().location())));
    assertThat(sidecar).contains("\"project_code\": \"PRJ-9\"", "\"campaign_name\": \"Autumn\"",
        "\"asset_id\": \"" + assetId + "\"");
  }

  @Test
  void wrongSecretOrForeignDomain_isRejectedAndAudited() throws Exception {
    startReceiverAndRuntime();
    String payload = env.iconikSim().webhookPayload(new io.github.iconikopentext.testkit.IconikWebhookEvent(
        "assets", "approvals", "update", "a-1", Map.of("object_id", "a-1", "status", "APPROVED")));

    WebhookResult forged = runtime.receive(WebhookHeaders.of(Map.of("X-Iconik-Secret", "guess")),
        payload.getBytes(StandardCharsets.UTF_8));
    WebhookResult foreign = runtime.receive(WebhookHeaders.of(Map.of("X-Iconik-Secret", Systems.WEBHOOK_SECRET)),
        payload.replace(env.iconikSim().systemDomainId(), "another-domain").getBytes(StandardCharsets.UTF_8));

    assertThat(forged.httpStatus()).isEqualTo(401);
    assertThat(foreign.httpStatus()).isEqualTo(403);
    assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.WEBHOOK_REJECTED).hasSize(2);
    assertThat(audit.events().toString()).doesNotContain(Systems.WEBHOOK_SECRET);
  }

  @Test
  void failedTransfer_isAuditedAsAFailedTransferAndAFailedJob() throws Exception {
    startReceiverAndRuntime();
    String assetId = env.iconikSim().seedAsset("Outage");
    env.iconikSim().seedFile(assetId, "a.mov", new byte[4096]);
    env.iconik().metadata().putAssetValues(assetId, viewId, MetadataValues.builder()
        .put("project_code", "PRJ-1").build());
    env.openTextSim().injectFault("/cms/instances/.*", io.github.iconikopentext.testkit.OpenTextFault.status(503),
        100);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.transfer(assetId, "ORIGINAL", "opentext"))
        .isInstanceOf(io.github.iconikopentext.core.error.ServerException.class);

    assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.ASSET_TRANSFERRED).singleElement()
        .satisfies(e -> assertThat(e.outcome().errorCode()).isEqualTo("ENDPOINT/ServerError"));
    assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.JOB_FAILED).singleElement()
        .satisfies(e -> assertThat(e.target().kind()).isEqualTo(io.github.iconikopentext.core.audit.AuditTarget.Kind.JOB));
  }

  @Test
  void unmappableMetadata_isAnIntegrationProblem() throws Exception {
    startReceiverAndRuntime();
    String assetId = env.iconikSim().seedAsset("Bad code");
    env.iconik().metadata().putAssetValues(assetId, viewId, MetadataValues.builder()
        .put("project_code", "no spaces allowed!").build());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.mapAsset(assetId))
        .isInstanceOf(io.github.iconikopentext.integration.status.IntegrationException.class)
        .hasMessageContaining("project_code");
    assertThat(runtime.status().snapshot().recentFailures()).first().satisfies(f -> {
      assertThat(f.failure().domain()).isEqualTo(io.github.iconikopentext.integration.status.FailureDomain.INTEGRATION);
      assertThat(f.failure().reason()).isEqualTo("MappingError");
    });
    assertThat(runtime.status().snapshot().conditions()).anySatisfy(c -> {
      assertThat(c.type()).isEqualTo(IntegrationStatus.METADATA_SYNC_HEALTHY);
      assertThat(c.status()).isEqualTo(io.github.iconikopentext.integration.status.Condition.Status.FALSE);
    });
  }
}
