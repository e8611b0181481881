package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.integration.activity.ActivityCollector;
import io.github.iconikopentext.jdbc.JdbcSchema;
import io.github.iconikopentext.jdbc.JdbcWatermarkStore;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** docs/audit.md, iconik activity. */
final class ActivitySnippets {
  private ActivitySnippets() {}

  static void collect(IconikClient iconik, AuditSink audit, JdbcSchema schema, Secret webhookSecret,
      String appId, String campaignCollectionId) {
    ActivityCollector collector = ActivityCollector.builder(iconik, audit)
        .environment("prod")
        .credential(appId, null)                          // the App-ID the iconik client reads history with
        .watermarks(JdbcWatermarkStore.of(schema))        // or new InMemoryWatermarkStore() for one process
        .build();

    // Assets named by webhook events: note them as they arrive, collect them on a schedule.
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecret("X-Iconik-Secret", webhookSecret)
        .on(AssetEvent.class, collector)
        .build();
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    scheduler.scheduleWithFixedDelay(collector::collectPending, 1, 1, TimeUnit.MINUTES);

    // Or a collection's assets, or a list.
    collector.collectCollection(campaignCollectionId);
    collector.collect(List.of("6a1f9e2c-0000-4000-8000-000000000001"));
  }
}
