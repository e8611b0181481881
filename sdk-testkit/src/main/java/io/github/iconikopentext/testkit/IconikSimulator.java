package io.github.iconikopentext.testkit;

import io.github.iconikopentext.iconik.IconikEnvironment;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.testkit.internal.iconik.Faults;
import io.github.iconikopentext.testkit.internal.iconik.IconikRouter;
import io.github.iconikopentext.testkit.internal.iconik.SimSeeds;
import io.github.iconikopentext.testkit.internal.iconik.SimState;
import io.github.iconikopentext.testkit.internal.iconik.TransferFilter;
import io.github.iconikopentext.testkit.internal.iconik.WebhookDispatcher;
import io.github.iconikopentext.testkit.internal.http.StreamingJettyServerFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An embeddable fake of iconik's REST API for tests: a WireMock server on loopback with a random port, stateful
 * enough for the integration path — assets (soft delete, restore, purge, history, approvals), collections and their
 * contents, metadata views, fields and values, formats, file sets and files (with upload and download URLs it
 * serves itself), storages, jobs, search with {@code search_after}, webhooks and custom actions.
 *
 * <p>Download and upload URLs are served from the servlet streams, not through WireMock: downloads stream from memory
 * or from disk ({@link #seedFile(String, String, Path)}) with flat memory at hundreds of MB/s, honour a single
 * {@code Range} as signed storage URLs do (unless {@link Builder#honourRanges(boolean) turned off}), and can be cut
 * or stalled mid-body ({@link IconikFault#cutAfter}, {@link IconikFault#stallAfter}); uploads stream to disk.
 *
 * <p>Like iconik it answers with iconik's list envelopes (relative {@code next_url}), error shapes and status codes,
 * and checks the {@code App-ID} and {@code Auth-Token} headers on every {@code /API/} call (401 otherwise). Faults
 * can be injected per path ({@link #injectFault}), and changes are delivered to the webhooks registered through
 * the API, in iconik's payload shape; {@link #deliverWebhook} sends one directly. Deliveries go to loopback hosts
 * only.
 *
 * <pre>{@code
 * try (IconikSimulator iconik = IconikSimulator.start()) {
 *   IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();
 *   String assetId = iconik.seedAsset("Interview");
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests are served concurrently, each against a consistent state.
 */
public final class IconikSimulator implements AutoCloseable {
  private final String appId;
  private final String authToken;
  private final WireMockServer server;
  private final SimState state;
  private final Faults faults = new Faults();
  private final WebhookDispatcher dispatcher = new WebhookDispatcher();
  private final SimSeeds seeds;
  private final TransferFilter transfers;

  private IconikSimulator(Builder b) {
    this.appId = b.appId;
    this.authToken = b.authToken;
    this.state = new SimState(b.systemDomainId, b.userId, b.clock, dispatcher);
    this.transfers = new TransferFilter(state, faults, b.honourRanges);
    // Downloads and uploads bypass WireMock (see TransferFilter); API answers are small JSON, never gzipped.
    this.server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().containerThreads(12)
        .gzipDisabled(true)
        .httpServerFactory(new StreamingJettyServerFactory(transfers))
        .extensions(new IconikRouter(state, faults, appId, authToken)));
    this.server.start();
    state.baseUrl("http://127.0.0.1:" + server.port());
    this.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
    this.seeds = new SimSeeds(state);
  }

  /** Starts a simulator with fresh random credentials and ids. */
  public static IconikSimulator start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:54321} (no trailing slash). */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The App-ID the simulator accepts. */
  public String appId() {
    return appId;
  }

  /** The Auth-Token the simulator accepts. A test value, not a secret. */
  public String authToken() {
    return authToken;
  }

  /** A provider of the credential the simulator accepts. */
  public CredentialsProvider credentials() {
    return StaticCredentialsProvider.of(appId, authToken);
  }

  /** An environment named {@code iconik-simulator} whose iconik base URL is this simulator. */
  public Environment environment() {
    return Environment.builder("iconik-simulator").endpoint(IconikEnvironment.ENDPOINT, baseUrl().toString()).build();
  }

  /** The system domain id in every delivery and in {@code settings/v1/system/current/}. */
  public String systemDomainId() {
    return state.systemDomainId();
  }

  /** The id of the user the credential acts as. */
  public String userId() {
    return state.userId();
  }

  /** Creates an ACTIVE asset and returns its id. */
  public String seedAsset(String title) {
    return seeds.asset(Objects.requireNonNull(title, "title == null"));
  }

  /**
   * Creates a saved search of the assets whose title contains {@code query} (case-insensitive) and returns its id;
   * {@code GET /API/search/v1/search/saved/{id}/} runs it.
   */
  public String seedSavedSearch(String name, String query) {
    Objects.requireNonNull(name, "name == null");
    return seeds.savedSearch(name, Objects.requireNonNull(query, "query == null"));
  }

  /** Creates a root collection and returns its id. */
  public String seedCollection(String title) {
    return seeds.collection(Objects.requireNonNull(title, "title == null"));
  }

  /** Creates metadata field definitions (kept if they exist) and a view holding them; returns the view id. */
  public String seedMetadataView(String name, Map<String, MetadataFieldType> fields) {
    return seeds.view(Objects.requireNonNull(name, "name == null"), Map.copyOf(fields));
  }

  /** Creates a drop-down field with {@code options} (kept if it exists). */
  public void seedDropDownField(String name, List<String> options) {
    seeds.dropDown(Objects.requireNonNull(name, "name == null"), List.copyOf(options));
  }

  /** Creates an ACTIVE storage and returns its id. */
  public String seedStorage(String name, StoragePurpose purpose) {
    return seeds.storage(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(purpose));
  }

  /**
   * Gives an asset an ORIGINAL format, a file set and a CLOSED file holding {@code content}, downloadable through
   * the files API.
   */
  public SeededFile seedFile(String assetId, String fileName, byte[] content) {
    return seeds.file(assetId, fileName, content.clone());
  }

  /**
   * As {@link #seedFile(String, String, byte[])}, with the content of the file at {@code content}, read from disk
   * whenever it is downloaded: for files of any size, at no heap cost. The file must stay in place and unchanged
   * while the simulator serves it; the simulator never changes or deletes it.
   */
  public SeededFile seedFile(String assetId, String fileName, Path content) {
    return seeds.file(assetId, fileName, Objects.requireNonNull(content, "content == null"));
  }

  /** Creates a job and returns its id. */
  public String seedJob(String title, JobType type, JobStatus status) {
    return seeds.job(title, type.name(), status.name());
  }

  /** The ids of what {@link #seedFile} created. */
  public record SeededFile(String formatId, String fileSetId, String fileId) {}

  /** The stored JSON of an object ({@code assets}, {@code collections}, {@code jobs}, {@code files}, {@code webhooks} …), if it exists. */
  public java.util.Optional<Map<String, Object>> object(String kind, String id) {
    return seeds.snapshot(kind, id);
  }

  /** The current values of an object for a view, field → values (empty when none). */
  public Map<String, List<Object>> metadata(String objectType, String objectId, String viewId) {
    return seeds.metadata(objectType, objectId, viewId);
  }

  /** The content uploaded to (or seeded for) a file, if any. */
  public java.util.Optional<byte[]> fileContent(String fileId) {
    return seeds.content(fileId);
  }

  /**
   * Makes the next {@code times} requests whose path fully matches {@code pathRegex} (e.g.
   * {@code /API/assets/v1/assets/.*}) fail with {@code fault}; a {@link IconikFault.Slow} fault answers normally
   * after its delay.
   */
  public void injectFault(String pathRegex, IconikFault fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    faults.add(Objects.requireNonNull(pathRegex, "pathRegex == null"), Objects.requireNonNull(fault), times);
  }

  /** Makes every request whose path fully matches {@code pathRegex} fail with {@code fault} until cleared. */
  public void injectFault(String pathRegex, IconikFault fault) {
    faults.add(Objects.requireNonNull(pathRegex, "pathRegex == null"), Objects.requireNonNull(fault), Faults.ALWAYS);
  }

  public void clearFaults() {
    faults.clear();
  }

  /** How many requests with {@code method} and a path fully matching {@code pathRegex} arrived so far. */
  public int requestCount(String method, String pathRegex) {
    return transfers.count(method, pathRegex) + (int) server.getAllServeEvents().stream()
        .filter(e -> e.getRequest().getMethod().getName().equals(method))
        .filter(e -> URI.create(e.getRequest().getUrl()).getRawPath().matches(pathRegex))
        .count();
  }

  /**
   * Cuts the connection of the download of {@code fileId} that would send, over all its requests and ranges, more
   * than {@code totalBytes} of it: that download sends the bytes up to the mark, then its connection is cut — once,
   * later downloads are whole. For testing that a large
   * transfer resumes part-way, where a fault on the next request would only hit its first range.
   */
  public void cutDownloadOnceAfter(String fileId, long totalBytes) {
    Objects.requireNonNull(fileId, "fileId == null");
    if (totalBytes < 1) {
      throw new IllegalArgumentException("totalBytes < 1: " + totalBytes);
    }
    transfers.cutOnceAfter(fileId, totalBytes);
  }

  /**
   * How many bytes of file {@code fileId}'s content the download URLs sent so far, over all requests and ranges:
   * e.g. to see that a resumed transfer did not download the file again from its start.
   */
  public long bytesServed(String fileId) {
    return transfers.bytesServed(fileId);
  }

  /** The JSON iconik would POST for {@code event}, with this simulator's domain, user and a fresh request id. */
  public String webhookPayload(IconikWebhookEvent event) {
    return state.payload(event);
  }

  /** POSTs {@code event} to {@code url} now, with {@code headers}, and returns the outcome. */
  public IconikWebhookDelivery deliverWebhook(URI url, IconikWebhookEvent event, Map<String, String> headers) {
    return dispatcher.deliver(url, Map.copyOf(headers), state.payload(event));
  }

  /** Every webhook delivery attempted so far (automatic and direct), in order. */
  public List<IconikWebhookDelivery> webhookDeliveries() {
    return dispatcher.deliveries();
  }

  /**
   * Waits until the deliveries caused by earlier changes were attempted.
   *
   * @throws IllegalStateException if they were not within {@code timeout}
   */
  public void awaitWebhookDeliveries(Duration timeout) {
    try {
      if (!dispatcher.awaitIdle(timeout)) {
        throw new IllegalStateException("webhook deliveries still pending after " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for webhook deliveries", e);
    }
  }

  /** Forgets all objects, faults, recorded requests and deliveries; credentials and ids stay. */
  public void reset() {
    synchronized (state) {
      seeds.clear();
    }
    faults.clear();
    dispatcher.clear();
    server.resetRequests();
    transfers.reset();
  }

  /** Stops the server and the webhook sender. */
  @Override
  public void close() {
    transfers.stopping();
    server.stop();
    dispatcher.close();
    synchronized (state) {
      seeds.clear();
    }
    transfers.stop();
  }

  @Override
  public String toString() {
    return "IconikSimulator{" + baseUrl() + "}";
  }

  /** Configures an {@link IconikSimulator}. Not thread-safe. */
  public static final class Builder {
    private String appId = UUID.randomUUID().toString();
    private String authToken = "sim-token-" + UUID.randomUUID();
    private String systemDomainId = UUID.randomUUID().toString();
    private String userId = UUID.randomUUID().toString();
    private Clock clock = Clock.systemUTC();
    private boolean honourRanges = true;

    private Builder() {}

    public Builder appId(String appId) {
      this.appId = Objects.requireNonNull(appId, "appId == null");
      return this;
    }

    public Builder authToken(String authToken) {
      this.authToken = Objects.requireNonNull(authToken, "authToken == null");
      return this;
    }

    public Builder systemDomainId(String systemDomainId) {
      this.systemDomainId = Objects.requireNonNull(systemDomainId, "systemDomainId == null");
      return this;
    }

    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId == null");
      return this;
    }

    /** The clock of {@code date_*} fields. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Whether download URLs honour a {@code Range} header (206 Partial Content), as iconik's signed storage URLs
     * do; default true. False simulates a source that ignores ranges and always sends the whole file (200).
     */
    public Builder honourRanges(boolean honour) {
      this.honourRanges = honour;
      return this;
    }

    public IconikSimulator start() {
      return new IconikSimulator(this);
    }
  }
}
