package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.IconikErrorFormat;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.iconik.internal.AssetsApi;
import io.github.iconikopentext.iconik.internal.CollectionsApi;
import io.github.iconikopentext.iconik.internal.CustomActionsApi;
import io.github.iconikopentext.iconik.internal.FilesApi;
import io.github.iconikopentext.iconik.internal.IconikAuthInterceptor;
import io.github.iconikopentext.iconik.internal.IconikJson;
import io.github.iconikopentext.iconik.internal.JobsApi;
import io.github.iconikopentext.iconik.internal.MetadataApi;
import io.github.iconikopentext.iconik.internal.NotificationsApi;
import io.github.iconikopentext.iconik.internal.RawTransport;
import io.github.iconikopentext.iconik.internal.SearchApi;
import io.github.iconikopentext.iconik.internal.StatsApi;
import io.github.iconikopentext.iconik.internal.SystemApi;
import java.net.URI;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * A typed client of one iconik host for one credential (App-ID and application token).
 *
 * <p>Every call carries the {@code App-ID} and {@code Auth-Token} headers (the credential's id and secret, resolved
 * per attempt so rotated tokens are used), is held to the client-side rate limit, retried per the retry policy and
 * mapped to the SDK's exceptions on error (both iconik error shapes). Paged lists are lazy
 * {@link io.github.iconikopentext.core.paging.PagedIterable}s that follow iconik's relative {@code next_url}.
 *
 * <p>With {@link Builder#audit(AuditSink)}, reading, changing and deleting assets, handing out download URLs and
 * reading and writing metadata values are recorded as audit events.
 *
 * <p>Create one client per host and credential and share it: it is thread-safe, and its service accessors are cheap
 * and return the same instances. Connections and threads are pooled SDK-wide; {@link #close()} the client when the
 * application stops, so that the SDK's threads end with the last client closed.
 *
 * <pre>{@code
 * IconikClient iconik = IconikClient.builder(environment, credentials).build();
 * Asset asset = iconik.assets().create(AssetRequest.titled("Interview"));
 * }</pre>
 */
public final class IconikClient implements AutoCloseable {
  /** iconik throttles each application token at 50 requests per second; the client keeps below that by default. */
  public static final RateLimit DEFAULT_RATE_LIMIT = RateLimit.perSecond(50);

  private final URI baseUrl;
  private final AssetService assets;
  private final CollectionService collections;
  private final MetadataService metadata;
  private final FileService files;
  private final JobService jobs;
  private final SearchService search;
  private final StatsService stats;
  private final WebhookService webhooks;
  private final CustomActionService customActions;
  private final SystemService system;
  private final RawCalls raw;
  private final HttpStack stack;

  private IconikClient(Builder b) {
    this.baseUrl = IconikEnvironment.baseUrl(b.environment);
    HttpOptions options = b.options.rateLimit().isPresent()
        ? b.options
        : b.options.toBuilder().rateLimit(DEFAULT_RATE_LIMIT).build();
    HttpStack.Builder stackBuilder = HttpStack.builder("iconik", baseUrl)
        .options(options)
        .moshi(IconikJson.moshi())
        .errorBodyFormat(IconikErrorFormat.INSTANCE)
        .addInterceptor(new IconikAuthInterceptor(b.credentials, HttpUrl.get(baseUrl.toString())));
    if (b.auditSink != null) {
      stackBuilder.audit(AuditContext.builder(b.auditSink).environment(b.environment)
          .system(IconikEnvironment.AUDIT_SYSTEM).credentials(b.credentials).clock(options.clock()).build());
    }
    this.stack = stackBuilder.build();
    RawTransport transport = new RawTransport(stack);
    this.assets = new AssetService(stack.create(AssetsApi.class), transport);
    this.collections = new CollectionService(stack.create(CollectionsApi.class), transport);
    this.metadata = new MetadataService(stack.create(MetadataApi.class));
    this.files = new FileService(stack.create(FilesApi.class), transport);
    this.jobs = new JobService(stack.create(JobsApi.class), transport, options.sleeper(), options.clock());
    this.search = new SearchService(stack.create(SearchApi.class), transport);
    this.stats = new StatsService(stack.create(StatsApi.class), transport);
    this.webhooks = new WebhookService(stack.create(NotificationsApi.class));
    this.customActions = new CustomActionService(stack.create(CustomActionsApi.class));
    this.system = new SystemService(stack.create(SystemApi.class));
    this.raw = new RawCalls(transport);
  }

  /**
   * Starts a client for {@code environment}'s iconik host ({@link IconikEnvironment#baseUrl(Environment)}) using
   * {@code credentials}: the id is sent as {@code App-ID}, the secret as {@code Auth-Token}.
   */
  public static Builder builder(Environment environment, CredentialsProvider credentials) {
    return new Builder(environment, credentials);
  }

  /** The iconik base URL, e.g. {@code https://app.iconik.io}. */
  public URI baseUrl() {
    return baseUrl;
  }

  public AssetService assets() {
    return assets;
  }

  public CollectionService collections() {
    return collections;
  }

  public MetadataService metadata() {
    return metadata;
  }

  public FileService files() {
    return files;
  }

  public JobService jobs() {
    return jobs;
  }

  public SearchService search() {
    return search;
  }

  /** Usage statistics: who did how much, per day or month. */
  public StatsService stats() {
    return stats;
  }

  /** Webhooks of iconik's notifications service. */
  public WebhookService webhooks() {
    return webhooks;
  }

  public CustomActionService customActions() {
    return customActions;
  }

  /** The current user and system domain. */
  public SystemService system() {
    return system;
  }

  /** Calls to operations the SDK does not type. */
  public RawCalls raw() {
    return raw;
  }

  /**
   * Releases the client's hold on the SDK's shared threads, which stop when no other client uses them. Does not
   * close an audit sink or OkHttp client that was given to the builder. Do not use the client afterwards. Idempotent.
   */
  @Override
  public void close() {
    stack.close();
  }

  @Override
  public String toString() {
    return "IconikClient{" + baseUrl + "}";
  }

  /** Builds an {@link IconikClient}. Not thread-safe. */
  public static final class Builder {
    private final Environment environment;
    private final CredentialsProvider credentials;
    private HttpOptions options = HttpOptions.defaults();
    private AuditSink auditSink;

    private Builder(Environment environment, CredentialsProvider credentials) {
      this.environment = Objects.requireNonNull(environment, "environment == null");
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
    }

    /**
     * Transport options. When they carry no rate limit, {@link #DEFAULT_RATE_LIMIT} applies; to go faster or
     * slower, set one.
     */
    public Builder httpOptions(HttpOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /**
     * Records one audit event per call of an audited operation into {@code sink}, after retries, successful or not,
     * with this client's environment, system {@code iconik} and the credential's id (the App-ID; never the token).
     * Audited: reading an asset or its approval ({@code asset.read}); creating ({@code asset.created}), updating,
     * restoring, requesting or voting on approval ({@code asset.updated}), deleting and purging ({@code
     * asset.deleted}) an asset; download URLs ({@code asset.downloaded}); reading ({@code metadata.read}) and writing
     * ({@code metadata.updated}) metadata values. Lists, searches, files, collections, jobs and raw calls are not
     * audited. Without a sink (the default) nothing is recorded and calls cost nothing extra.
     *
     * <p>A sink that fails turns a successful call into an {@link io.github.iconikopentext.core.audit.AuditException};
     * wrap it in an {@link io.github.iconikopentext.core.audit.AsyncAuditSink} to decouple calls from it. The client
     * never closes the sink.
     */
    public Builder audit(AuditSink sink) {
      this.auditSink = Objects.requireNonNull(sink, "sink == null");
      return this;
    }

    /**
     * @throws io.github.iconikopentext.core.error.ConfigurationException if the environment has no iconik base URL
     */
    public IconikClient build() {
      return new IconikClient(this);
    }
  }
}
