package io.github.iconikopentext.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.integration.transfer.TransferStore;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import io.github.iconikopentext.testkit.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker routing by a template ({@link AssetEventProcessor#routing}) does not take a transfer another worker holds
 * for done: it asks to be retried until the transfer is finished, by that worker or — its lease run out — by itself.
 */
class AssetEventProcessorRoutingTest {
  private static final String TEMPLATE = """
      {"schema": "iconik-opentext/template/v1", "name": "archive-approved",
       "iconik": {"webhooks": [{"name": "approvals", "event_type": "assets", "realm": "approvals",
                                "url": "https://hooks.example.com/iconik",
                                "secret_header": {"name": "X-Iconik-Secret", "secret": "env:WEBHOOK_SECRET"}}]},
       "routing": [{"event": "ApprovalGranted", "action": "transfer", "target": "archive"}],
       "targets": {"archive": {"kind": "filesystem", "path": "${archive_dir}"}}}
      """;

  private final IconikSimulator iconik = IconikSimulator.start();
  private final IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();
  private final ManualClock clock = ManualClock.startingAt(Instant.parse("2026-12-06T00:00:00Z"));
  private final TransferStore store = new InMemoryTransferStore(clock);

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    client.close();
    iconik.close();
  }

  @Test
  void aTransferHeldByACrashedWorker_isRetried_untilItsLeaseRunsOut_thenTakenOver() throws Exception {
    String assetId = iconik.seedAsset("Held elsewhere");
    String fileId = iconik.seedFile(assetId, "held.mov", "held".repeat(1000).getBytes(StandardCharsets.UTF_8))
        .fileId();
    store.claim(new TransferId(assetId, fileId, "archive").value(), "crashed-worker", Duration.ofMinutes(5));
    IntegrationTemplate template = TemplateSource.parse(TEMPLATE, "archive-approved.json")
        .resolve(new TemplateValues("dev", Map.of("archive_dir", archive.toString())));
    try (IntegrationRuntime runtime = IntegrationRuntime.builder(template, client).transferStore(store).clock(clock)
        .secretResolvers(SecretResolvers.builder().environment(Map.of("WEBHOOK_SECRET", "routing-test-secret")).build())
        .build()) {
      AssetEventProcessor processor = AssetEventProcessor.routing(runtime);
      AssetEvent approved = approval(assetId);

      assertThatThrownBy(() -> processor.process(approved)).isInstanceOf(RetryLaterException.class)
          .hasMessageContaining(assetId);
      assertThat(archive.resolve(assetId).resolve("held.mov")).doesNotExist();

      clock.advance(Duration.ofMinutes(6));
      processor.process(approved);
      assertThat(archive.resolve(assetId).resolve("held.mov")).hasSize(4000);

      processor.process(approved);   // delivered again: already done, nothing to retry
      assertThat(iconik.bytesServed(fileId)).isEqualTo(4000);
    }
  }

  private AssetEvent approval(String assetId) {
    return AssetEvent.of(IconikWebhook.parse(iconik.webhookPayload(new IconikWebhookEvent("assets", "approvals",
        "update", assetId, Map.of("object_id", assetId, "status", "APPROVED"))).getBytes(StandardCharsets.UTF_8)));
  }
}
