package io.github.iconikopentext.integration.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.ActivityPeriod;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.testkit.IconikFault;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivityCollectorTest {
  private final IconikSimulator sim = IconikSimulator.start();
  private final IconikClient iconik = IconikClient.builder(sim.environment(), sim.credentials())
      .httpOptions(HttpOptions.builder().sleeper(d -> { }).retryPolicy(RetryPolicy.defaults().withMaxAttempts(3))
          .build()).build();
  private final InMemoryAuditSink sink = new InMemoryAuditSink();
  private final InMemoryWatermarkStore watermarks = new InMemoryWatermarkStore();

  @AfterEach
  void stop() {
    sim.close();
  }

  private ActivityCollector collector(AuditSink to, int pageSize) {
    return ActivityCollector.builder(iconik, to).environment("prod").credential(sim.appId(), "v1")
        .watermarks(watermarks).pageSize(pageSize).build();
  }

  private String assetWithFile() {
    String asset = sim.seedAsset("Trailer");
    sim.seedFile(asset, "trailer.mov", "bytes".getBytes(StandardCharsets.UTF_8));
    return asset;
  }

  private void download(String asset, int times) {
    String fileId = iconik.files().files(asset).iterator().next().id();
    for (int i = 0; i < times; i++) {
      iconik.files().downloadUrl(asset, fileId);
    }
  }

  @Test
  void anAssetDownloadedAndShared_showsUpAsAuditEvents_withTheIconikUserAsActor() {
    String asset = assetWithFile();
    download(asset, 1);
    iconik.raw().json("POST", "API/assets/v1/share/assets/", Map.of("object_ids", List.of(asset),
        "emails", List.of("reviewer@example.com"), "allow_download", true, "allow_comments", true,
        "allow_approving_comments", false, "allow_setting_approve_status", false));

    ActivityCollector.Result result = collector(sink, 100).collect(List.of(asset));

    assertThat(result).isEqualTo(new ActivityCollector.Result(1, 2));
    List<AuditEvent> events = sink.events();
    assertThat(events).extracting(AuditEvent::action)
        .containsExactly(AuditAction.ASSET_DOWNLOADED, AuditAction.ASSET_SHARED);
    for (AuditEvent e : events) {
      assertThat(e.actor()).isEqualTo(sim.userId());
      assertThat(e.system()).isEqualTo(IconikEnvironment.AUDIT_SYSTEM);
      assertThat(e.environment()).isEqualTo("prod");
      assertThat(e.credentialId()).isEqualTo(sim.appId());
      assertThat(e.target()).isEqualTo(AuditTarget.asset(asset));
      assertThat(e.id()).startsWith("iconik-history-");
      assertThat(AuditEvent.fromJson(e.toJson())).isEqualTo(e);
    }
    assertThat(events.get(0).operation()).isEqualTo("DOWNLOAD");
    assertThat(events.get(1).details()).containsKey("share_id");
  }

  @Test
  void pagesThroughHistory_andASecondRunAppendsOnlyWhatIsNew() {
    String asset = assetWithFile();
    download(asset, 25);
    ActivityCollector collector = collector(sink, 10);

    assertThat(collector.collectAsset(asset)).isEqualTo(25);
    assertThat(sim.requestCount("GET", ".*/history/")).isEqualTo(3);
    assertThat(collector.collectAsset(asset)).isZero();
    assertThat(sim.requestCount("GET", ".*/history/")).isEqualTo(4); // one page: it reaches the watermark at once
    iconik.assets().delete(asset);
    download(asset, 2);
    assertThat(collector.collectAsset(asset)).isEqualTo(3);

    List<AuditEvent> events = sink.events();
    assertThat(events).hasSize(28);
    assertThat(events.stream().map(AuditEvent::id).distinct()).hasSize(28);
    assertThat(events.get(25).action()).isEqualTo(AuditAction.ASSET_DELETED);
    assertThat(events).isSortedAccordingTo((a, b) -> a.time().compareTo(b.time()));
  }

  @Test
  void rateLimits_areRetried_andBeyondTheRetries_theNextRunResumesWithoutDuplicates() {
    String asset = assetWithFile();
    download(asset, 12);
    ActivityCollector collector = collector(sink, 5);
    sim.injectFault(".*/history/", new IconikFault.TooManyRequests(Duration.ofSeconds(1)), 2);
    assertThat(collector.collectAsset(asset)).isEqualTo(12); // two 429s absorbed by the client's retries

    download(asset, 3);
    sim.injectFault(".*/history/", new IconikFault.TooManyRequests(Duration.ofSeconds(1)));
    assertThatThrownBy(() -> collector.collectAsset(asset)).isInstanceOf(RateLimitException.class);
    sim.clearFaults();

    assertThat(collector.collectAsset(asset)).isEqualTo(3);
    assertThat(sink.events().stream().map(AuditEvent::id).distinct()).hasSize(15);
  }

  @Test
  void afterACrashMidRun_aNewCollectorOnTheSameWatermarks_appendsTheRestOnce() {
    String asset = assetWithFile();
    download(asset, 10);
    List<AuditEvent> durable = new ArrayList<>();
    AuditSink crashesAfterFour = new AuditSink() {
      @Override
      public void write(AuditEvent event) {
        if (durable.size() == 4) {
          throw new AuditException("disk full");
        }
        durable.add(event);
      }
    };
    assertThatThrownBy(() -> collector(crashesAfterFour, 3).collectAsset(asset)).isInstanceOf(AuditException.class);

    AuditSink recovered = durable::add;
    assertThat(collector(recovered, 3).collectAsset(asset)).isEqualTo(6);

    assertThat(durable).hasSize(10);
    assertThat(durable.stream().map(e -> e.details().get("iconik_history_id")).distinct()).hasSize(10);
  }

  @Test
  void assetsNamedByWebhookEvents_orInACollection_areCollected() {
    String fromEvent = assetWithFile();
    String inCollection = assetWithFile();
    download(fromEvent, 1);
    download(inCollection, 2);
    ActivityCollector collector = collector(sink, 100);
    collector.accept(AssetEvent.of(IconikWebhook.parse(sim.webhookPayload(new IconikWebhookEvent("assets",
        "metadata", "update", fromEvent, Map.of("object_id", fromEvent))).getBytes(StandardCharsets.UTF_8))));
    assertThat(collector.pending()).containsExactly(fromEvent);

    assertThat(collector.collectPending()).isEqualTo(new ActivityCollector.Result(1, 1));
    assertThat(collector.pending()).isEmpty();

    String collection = sim.seedCollection("Campaign");
    iconik.collections().addAsset(collection, inCollection);
    assertThat(collector.collectCollection(collection)).isEqualTo(new ActivityCollector.Result(1, 2));
  }

  @Test
  void assetsASavedSearchFinds_areCollected_andTheStatisticsCountTheSameActivityPerUser() {
    String trailer = assetWithFile(); // titled "Trailer"
    String other = sim.seedAsset("Poster");
    download(trailer, 3);
    String saved = sim.seedSavedSearch("Trailers", "trail");

    assertThat(collector(sink, 100).collectSavedSearch(saved)).isEqualTo(new ActivityCollector.Result(1, 3));
    assertThat(sink.events()).extracting(e -> e.target().id()).containsOnly(trailer).doesNotContain(other);

    var counts = iconik.stats().userActivity(ActivityPeriod.DAY, null, null).stream().toList();
    assertThat(counts).singleElement().satisfies(row -> {
      assertThat(row.userId()).isEqualTo(sim.userId());
      assertThat(row.type()).isEqualTo("DOWNLOAD");
      assertThat(row.count()).isEqualTo(3L);
    });
    assertThat(sink.events()).extracting(AuditEvent::actor).containsOnly(counts.get(0).userId());
  }
}
