package io.github.iconikopentext.integration.activity;

import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetHistoryEntry;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.ListOptions;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Brings what people did in iconik into the audit trail: for the assets an integration governs, reads each asset's
 * history ({@code GET /API/assets/v1/assets/{asset_id}/history/}) since its stored {@link Watermark} and appends one
 * {@link AuditEvent} per new entry to an {@link AuditSink}.
 *
 * <p><b>Which assets.</b> A list ({@link #collect(Collection)}), a collection's assets
 * ({@link #collectCollection(String)}), a search's hits ({@link #collectSearch(SearchRequest)}), a saved search's
 * ({@link #collectSavedSearch(String)}), or those webhook events named: register the collector as a listener
 * ({@code handler.on(AssetEvent.class, collector)}) and call {@link #collectPending()} on a schedule.
 *
 * <p><b>The events.</b> {@code actor} the iconik user who did it ({@code user_id}), {@code system} iconik,
 * {@code target} the asset, {@code environment} and {@code credential} the SDK's (the App-ID the collector reads
 * with), {@code time} the entry's {@code date_created}, {@code operation} the history operation, {@code id}
 * {@code iconik-history-<history id>} (the same entry always gives the same id, so a consumer can drop a repeat);
 * details: {@code iconik_history_id}, {@code description}, {@code version_id}, {@code share_id},
 * {@code share_user_id}, {@code system_domain_id}. Actions: DOWNLOAD → {@code asset.downloaded}; EXPORT, TRANSFER →
 * {@code asset.transferred}; METADATA → {@code metadata.updated}; DELETE, DELETE_FORMAT, DELETE_FILESET, DELETE_FILE,
 * VERSION_DELETE → {@code asset.deleted}; CUSTOM with a share id and no share user (a share being created) →
 * {@code asset.shared}; everything else → {@code asset.updated}.
 *
 * <p><b>Exactly which entries.</b> History is read newest first, a page at a time, only back to the watermark;
 * entries the watermark covers (older, or same time and an id it lists) are skipped, and the rest are appended oldest
 * first, the watermark moving after each append. A failure — iconik answering 429 beyond the client's retries, the
 * sink refusing — stops the asset with the watermark at the last appended entry, so the next run resumes there; only
 * an entry appended just before a crash, whose watermark was not yet stored, can be appended again (with its same id).
 *
 * <p>Thread-safe; collect one asset from one thread at a time (a fleet shares the watermark store and splits the
 * assets).
 */
public final class ActivityCollector implements Consumer<AssetEvent> {
  private final IconikClient iconik;
  private final AuditSink sink;
  private final WatermarkStore watermarks;
  private final String environment;
  private final String credentialId;
  private final String credentialVersion;
  private final int pageSize;
  private final Clock clock;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();

  private ActivityCollector(Builder b) {
    if (b.environment == null) {
      throw new ConfigurationException("the activity collector needs environment(name)");
    }
    if (b.credentialId == null) {
      throw new ConfigurationException("the activity collector needs credential(id, version): the iconik App-ID "
          + "it reads history with, recorded in every event");
    }
    this.iconik = b.iconik;
    this.sink = b.sink;
    this.watermarks = b.watermarks;
    this.environment = b.environment;
    this.credentialId = b.credentialId;
    this.credentialVersion = b.credentialVersion;
    this.pageSize = b.pageSize;
    this.clock = b.clock;
  }

  public static Builder builder(IconikClient iconik, AuditSink sink) {
    return new Builder(iconik, sink);
  }

  /** Notes the asset an event is about, for {@link #collectPending()}; events about no asset are ignored. */
  @Override
  public void accept(AssetEvent event) {
    String assetId = AssetEvent.assetIdOf(event);
    if (assetId != null) {
      pending.add(assetId);
    }
  }

  /** Assets named by events and not yet collected. */
  public Set<String> pending() {
    return Collections.unmodifiableSet(new HashSet<>(pending));
  }

  /**
   * Collects the assets events named since the last call; an asset whose collection fails stays pending.
   *
   * @throws io.github.iconikopentext.core.error.SdkException or {@link io.github.iconikopentext.core.audit.AuditException}
   *     from the first asset that failed, after trying all
   */
  public Result collectPending() {
    List<String> assets = new ArrayList<>(pending);
    RuntimeException first = null;
    int events = 0;
    int done = 0;
    for (String assetId : assets) {
      try {
        events += collectAsset(assetId);
        pending.remove(assetId);
        done++;
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return new Result(done, events);
  }

  /** Collects each of {@code assetIds}, in order; stops at the first failure (the rest resume on the next run). */
  public Result collect(Collection<String> assetIds) {
    int events = 0;
    int assets = 0;
    for (String assetId : new LinkedHashSet<>(assetIds)) {
      events += collectAsset(assetId);
      assets++;
    }
    return new Result(assets, events);
  }

  /** Collects the assets directly in the collection {@code collectionId}. */
  public Result collectCollection(String collectionId) {
    List<String> ids = new ArrayList<>();
    for (CollectionContent content : iconik.collections().contents(collectionId)) {
      if (content instanceof Asset asset) {
        ids.add(asset.id());
      }
    }
    return collect(ids);
  }

  /** Collects the assets a search finds. */
  public Result collectSearch(SearchRequest request) {
    return collect(assetIds(iconik.search().search(request)));
  }

  /** Collects the assets the saved search {@code savedSearchId} finds now (its stored criteria, run by iconik). */
  public Result collectSavedSearch(String savedSearchId) {
    return collect(assetIds(iconik.search().savedSearch(savedSearchId)));
  }

  private static List<String> assetIds(Iterable<SearchHit> hits) {
    List<String> ids = new ArrayList<>();
    for (SearchHit hit : hits) {
      if (hit.objectType() == null || "assets".equals(hit.objectType())) {
        ids.add(hit.id());
      }
    }
    return ids;
  }

  /**
   * Appends the asset's history entries newer than its watermark.
   *
   * @return how many events were appended
   */
  public int collectAsset(String assetId) {
    Objects.requireNonNull(assetId, "assetId == null");
    Watermark mark = watermarks.get(assetId).orElse(null);
    List<AssetHistoryEntry> fresh = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ListOptions newestFirst = ListOptions.perPage(pageSize).withSort("date_created,desc");
    for (AssetHistoryEntry entry : iconik.assets().history(assetId, newestFirst)) {
      Instant created = createdOf(entry);
      if (mark != null && created.isBefore(mark.time())) {
        break;
      }
      if (entry.id() == null || !seen.add(entry.id()) || mark != null && mark.covers(entry.id(), created)) {
        continue;
      }
      fresh.add(entry);
    }
    Collections.reverse(fresh);
    fresh.sort(java.util.Comparator.comparing(ActivityCollector::createdOf)); // stable: keeps iconik's order on ties
    Instant now = clock.instant();
    for (AssetHistoryEntry entry : fresh) {
      sink.write(HistoryMapping.event(entry, assetId, environment, credentialId, credentialVersion, now));
      mark = advance(mark, entry);
      watermarks.put(assetId, mark);
    }
    return fresh.size();
  }

  private static Watermark advance(Watermark mark, AssetHistoryEntry entry) {
    Instant created = createdOf(entry);
    if (mark == null || created.isAfter(mark.time())) {
      return new Watermark(created, Set.of(entry.id()));
    }
    Set<String> ids = new HashSet<>(mark.idsAtTime());
    ids.add(entry.id());
    return new Watermark(mark.time(), ids);
  }

  private static Instant createdOf(AssetHistoryEntry entry) {
    return entry.dateCreated() != null ? entry.dateCreated() : Instant.EPOCH;
  }

  /**
   * What a collection run did.
   *
   * @param assets assets whose history was read to the end
   * @param events events appended
   */
  public record Result(int assets, int events) {}

  /** Builds an {@link ActivityCollector}. Not thread-safe. */
  public static final class Builder {
    private final IconikClient iconik;
    private final AuditSink sink;
    private WatermarkStore watermarks = new InMemoryWatermarkStore();
    private String environment;
    private String credentialId;
    private String credentialVersion;
    private int pageSize = 100;
    private Clock clock = Clock.systemUTC();

    private Builder(IconikClient iconik, AuditSink sink) {
      this.iconik = Objects.requireNonNull(iconik, "iconik == null");
      this.sink = Objects.requireNonNull(sink, "sink == null");
    }

    /** Where watermarks live; in memory by default (a restart then collects every history again). */
    public Builder watermarks(WatermarkStore store) {
      this.watermarks = Objects.requireNonNull(store, "store == null");
      return this;
    }

    /** The SDK environment's name, e.g. {@code prod}. Required. */
    public Builder environment(String name) {
      this.environment = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** The non-secret id (and version, may be null) of the credential the iconik client uses. Required. */
    public Builder credential(String id, @Nullable String version) {
      this.credentialId = Objects.requireNonNull(id, "id == null");
      this.credentialVersion = version;
      return this;
    }

    /** History entries per page, 1 to 1000 (default 100). */
    public Builder pageSize(int entries) {
      if (entries < 1 || entries > 1000) {
        throw new IllegalArgumentException("pageSize must be within 1..1000: " + entries);
      }
      this.pageSize = entries;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    public ActivityCollector build() {
      return new ActivityCollector(this);
    }
  }
}
