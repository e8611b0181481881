package io.github.iconikopentext.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kafka worker's transfers ({@link AssetEventProcessor#transfers}) are audited as every other entry point's when
 * their {@link AssetTransfer} has an audit context: the same {@code asset.transferred} event.
 */
class AssetEventProcessorAuditTest {
  private final IconikSimulator iconik = IconikSimulator.start();
  private final IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();
  private final InMemoryAuditSink audit = new InMemoryAuditSink();

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    client.close();
    iconik.close();
  }

  @Test
  void anApprovedAsset_isTransferred_andAudited() throws Exception {
    String assetId = iconik.seedAsset("Approved on Kafka");
    byte[] content = "kafka".repeat(2000).getBytes(StandardCharsets.UTF_8);
    iconik.seedFile(assetId, "k.mov", content);
    AssetTransfer transfer = AssetTransfer.builder(client)
        .audit(AuditContext.builder(audit).environment("prod").build()).build();
    AssetEventProcessor processor = AssetEventProcessor.transfers(transfer, "ORIGINAL",
        new FileSystemTarget("archive", archive));

    processor.process(new AssetEvent.ApprovalGranted(assetId, approval(assetId)));

    assertThat(audit.events()).singleElement().satisfies((AuditEvent e) -> {
      assertThat(e.action()).isEqualTo(AuditAction.ASSET_TRANSFERRED);
      assertThat(e.outcome().status()).isEqualTo(AuditOutcome.Status.SUCCESS);
      assertThat(e.target()).isEqualTo(AuditTarget.asset(assetId));
      assertThat(e.destination().kind()).isEqualTo(AuditTarget.Kind.STORAGE);
      assertThat(Path.of(e.destination().id())).startsWith(archive).hasFileName("k.mov");
      assertThat(e.bytes()).isEqualTo(content.length);
      assertThat(e.checksum()).startsWith("sha256:");
      assertThat(e.correlationId()).startsWith("tr-");
      assertThat(e.details()).containsEntry("target_kind", "filesystem").containsKey("md5");
      assertThat(e.environment()).isEqualTo("prod");
    });
  }

  private IconikWebhook approval(String assetId) {
    return IconikWebhook.parse(iconik.webhookPayload(new IconikWebhookEvent("assets", "approvals", "update", assetId,
        Map.of("object_id", assetId, "status", "APPROVED"))).getBytes(StandardCharsets.UTF_8));
  }
}
