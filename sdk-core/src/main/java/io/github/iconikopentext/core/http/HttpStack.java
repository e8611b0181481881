package io.github.iconikopentext.core.http;

import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.internal.HttpAuditor;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.http.internal.BodyLimits;
import io.github.iconikopentext.core.http.internal.CallExecutor;
import io.github.iconikopentext.core.http.internal.CallListeners;
import io.github.iconikopentext.core.http.internal.ConnectionReuse;
import io.github.iconikopentext.core.http.internal.ExcerptingConverterFactory;
import io.github.iconikopentext.core.http.internal.LoggingInterceptor;
import io.github.iconikopentext.core.http.internal.RedirectRule;
import io.github.iconikopentext.core.http.internal.SdkCallAdapterFactory;
import io.github.iconikopentext.core.http.internal.SdkThreads;
import io.github.iconikopentext.core.http.internal.SharedHttpClient;
import io.github.iconikopentext.core.http.internal.StandardHeadersInterceptor;
import io.github.iconikopentext.core.internal.Leased;
import io.github.iconikopentext.core.internal.UrlText;
import io.github.iconikopentext.core.json.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The transport of one service client: OkHttp + Retrofit + Moshi configured the SDK's way. Every typed client of
 * the SDK is built on one.
 *
 * <p>What every call gets: the SDK {@code User-Agent}; an {@code X-Request-ID}; the interceptors given here (a
 * client's authentication); debug logging of method, path, status and duration with secrets masked; the client-side
 * rate limit; the retry policy; and error responses mapped to {@link io.github.iconikopentext.core.error.ApiException}
 * subclasses. Service interface methods return the body type directly ({@code Asset get(...)}), {@code Void}, or
 * {@code CompletableFuture<T>} for async calls. Every call is told to the {@link CallListener}s of the options;
 * with an {@link AuditContext} ({@link Builder#audit}) a listener on the same hook records one audit event when a
 * call of a method marked {@link io.github.iconikopentext.core.audit.Audited @Audited} ends; without one, auditing
 * costs nothing.
 *
 * <p>The OkHttp client is derived from the caller's ({@link HttpOptions#okHttpClient()}) or from one shared by the
 * whole SDK, so connection pool and dispatcher are shared. The SDK's threads (the shared client's dispatcher, the
 * scheduler of async retries) run while a stack is open: {@link #close()} releases this stack's hold on them, and
 * closing the last open stack stops them. A caller's own OkHttp client is never shut down. The SDK's own rules replace
 * OkHttp's redirect following and silent retries: only same-origin GET/HEAD redirects are followed (others end in
 * a {@link io.github.iconikopentext.core.error.RedirectException}), a request is sent again on another connection
 * only when it was never written or may be repeated, calls end at their deadline and responses at their maximum
 * size ({@link HttpOptions}). docs/architecture.md states these rules. Thread-safe.
 */
public final class HttpStack implements AutoCloseable {
  private final String serviceName;
  private final HttpUrl baseUrl;
  private final OkHttpClient okHttpClient;
  private final Moshi moshi;
  private final Retrofit retrofit;
  private final HttpOptions options;
  private final AuditContext audit;
  private final Leased.Lease threads;

  private HttpStack(Builder b) {
    this.serviceName = b.serviceName;
    this.options = b.options;
    this.baseUrl = toHttpUrl(b.baseUrl);
    this.moshi = b.moshi;
    this.audit = b.audit;
    this.threads = SdkThreads.acquire(); // after the checks above: a stack that fails to build holds nothing

    OkHttpClient.Builder client = options.okHttpClient().orElseGet(SharedHttpClient::get).newBuilder()
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        .followRedirects(false) // RedirectRule decides, before the auth interceptors see each hop
        .followSslRedirects(false)
        .retryOnConnectionFailure(false); // ConnectionReuse and the retry policy decide what is sent again
    client.addInterceptor(new StandardHeadersInterceptor());
    client.addInterceptor(new RedirectRule());
    b.interceptors.forEach(client::addInterceptor);
    client.addInterceptor(new BodyLimits(options.maxResponseBytes())); // counts bytes after gzip decoding
    client.addInterceptor(ConnectionReuse.resender());
    client.addNetworkInterceptor(new LoggingInterceptor(serviceName));
    client.addNetworkInterceptor(ConnectionReuse.guard());
    this.okHttpClient = client.build();

    List<CallListener> listeners = new ArrayList<>();
    if (audit != null) {
      listeners.add(new HttpAuditor(audit)); // first: the audit trail sees every call even if a metric listener fails
    }
    listeners.addAll(options.callListeners());
    CallExecutor executor = new CallExecutor(serviceName, options.retryPolicy(),
        options.rateLimit().orElse(null), options.sleeper(), options.clock(), CallListeners.of(listeners),
        b.errorBodyFormat);
    this.retrofit = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .callFactory(options.callFactory(okHttpClient))
        .addCallAdapterFactory(new SdkCallAdapterFactory(executor))
        .addConverterFactory(new ExcerptingConverterFactory(MoshiConverterFactory.create(moshi)))
        .build();
  }

  /**
   * Starts a stack for {@code serviceName} (used in logs and rate-limiter names) at {@code baseUrl}; service
   * interface paths are resolved against it.
   */
  public static Builder builder(String serviceName, URI baseUrl) {
    return new Builder(serviceName, baseUrl);
  }

  /** Creates an implementation of a Retrofit service interface. */
  public <S> S create(Class<S> service) {
    return retrofit.create(service);
  }

  /** The configured OkHttp client, e.g. for streaming downloads outside Retrofit. */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** The Moshi instance used for bodies. */
  public Moshi moshi() {
    return moshi;
  }

  /** The base URL, always ending with {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  public HttpOptions options() {
    return options;
  }

  public String serviceName() {
    return serviceName;
  }

  /** The audit context, if calls are audited; clients use it for the events they emit themselves. */
  public Optional<AuditContext> audit() {
    return Optional.ofNullable(audit);
  }

  /**
   * Releases this stack's hold on the SDK's shared threads; when no other stack is open they stop (their last
   * calls and retries end first, for up to a few seconds). Do not use the stack afterwards: once the threads have
   * stopped, its asynchronous calls fail. Idempotent.
   */
  @Override
  public void close() {
    threads.close();
  }

  private static HttpUrl toHttpUrl(URI uri) {
    String text = uri.toString();
    HttpUrl url = HttpUrl.parse(text.endsWith("/") ? text : text + "/");
    if (url == null) {
      throw new ConfigurationException("not an http(s) URL: " + UrlText.describe(text));
    }
    return url;
  }

  /** Builds an {@link HttpStack}. Not thread-safe. */
  public static final class Builder {
    private final String serviceName;
    private final URI baseUrl;
    private HttpOptions options = HttpOptions.defaults();
    private Moshi moshi = Json.moshi();
    private final List<Interceptor> interceptors = new ArrayList<>();
    private AuditContext audit;
    private ErrorBodyFormat errorBodyFormat;

    private Builder(String serviceName, URI baseUrl) {
      this.serviceName = Objects.requireNonNull(serviceName, "serviceName == null");
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    }

    public Builder options(HttpOptions options) {
      this.options = Objects.requireNonNull(options, "options == null");
      return this;
    }

    /** A Moshi with extra adapters; start from {@link Json#newBuilder()}. */
    public Builder moshi(Moshi moshi) {
      this.moshi = Objects.requireNonNull(moshi, "moshi == null");
      return this;
    }

    /**
     * Adds an application interceptor, e.g. the client's authentication. It runs once per attempt, after the
     * standard headers were added and before logging.
     */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor == null"));
      return this;
    }

    /**
     * Audits the calls of {@link io.github.iconikopentext.core.audit.Audited @Audited} methods into {@code
     * context}'s sink: one event per call, after its retries, with the outcome, HTTP status, request id and target.
     * If the sink fails, a successful call throws its {@link io.github.iconikopentext.core.audit.AuditException}
     * (the call happened but could not be recorded) and a failed call carries it as a suppressed exception; wrap
     * the sink in an {@link io.github.iconikopentext.core.audit.AsyncAuditSink} to decouple calls from it.
     */
    public Builder audit(AuditContext context) {
      this.audit = Objects.requireNonNull(context, "context == null");
      return this;
    }

    /**
     * The vendor's error body shape, read before the conventional ones; its module sets it (e.g. iconik's
     * {@code errors}). Without one, error bodies are read by convention only.
     */
    public Builder errorBodyFormat(ErrorBodyFormat format) {
      this.errorBodyFormat = Objects.requireNonNull(format, "format == null");
      return this;
    }

    public HttpStack build() {
      return new HttpStack(this);
    }
  }
}
