package io.github.iconikopentext.opentext;

import io.github.iconikopentext.opentext.internal.OpenTextErrorFormat;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.credentials.CachingCredentialsProvider;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.opentext.admin.AdminService;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.github.iconikopentext.opentext.cms.CmsService;
import io.github.iconikopentext.opentext.internal.BearerTokenInterceptor;
import io.github.iconikopentext.opentext.internal.OpenTextUrls;
import io.github.iconikopentext.opentext.internal.admin.HttpAdminService;
import io.github.iconikopentext.opentext.internal.cms.HttpCmsService;
import io.github.iconikopentext.opentext.internal.json.OpenTextJson;
import io.github.iconikopentext.opentext.internal.storage.StorageClient;
import io.github.iconikopentext.opentext.storage.StorageService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The OpenText Cloud Platform client for one {@link Environment} (one tenant): {@link #admin()} (Developer Admin),
 * {@link #cms()} (Content Metadata Service) and {@link #storage()} (Content Storage Service).
 *
 * <pre>{@code
 * OpenTextClient openText = OpenTextClient.builder(environment)
 *     .auth(OpenTextAuth.clientCredentials(SecretReferenceCredentialsProvider.of(clientId, "env:OT_CLIENT_SECRET")))
 *     .build();
 * CmsInstance asset = openText.cms().get(InstanceRef.file("ca_asset", id));
 * }</pre>
 *
 * <p>Service base URLs are {@code {base}/admin/api/v1}, {@code {base}/cms} and {@code {base}/css}, where
 * {@code {base}} is {@link OpenTextEnvironment#baseUrl(Environment)} (e.g. {@code https://us.api.opentext.com}); the environment
 * settings {@value #ADMIN_URL_SETTING}, {@value #CMS_URL_SETTING} and {@value #CSS_URL_SETTING} override them (e.g.
 * {@code https://css.us.api.opentext.com} for CSS on its own host). Each service has its own HTTP stack — its own base
 * URL and client-side rate limit (CMS: 5 requests/s by default) — and all share one token source.
 *
 * <p>With {@link Builder#audit(AuditSink)}, CMS instance reads and changes, CSS uploads and downloads, client secret
 * regeneration and token requests are recorded as audit events.
 *
 * <p>Thread-safe; build one per environment and share it. Connections and threads are pooled SDK-wide;
 * {@link #close()} the client when the application stops, so that the SDK's threads end with the last client closed.
 */
public final class OpenTextClient implements AutoCloseable {
  /** Environment setting overriding the Developer Admin base URL. */
  public static final String ADMIN_URL_SETTING = "opentext.admin.base-url";
  /** Environment setting overriding the CMS base URL. */
  public static final String CMS_URL_SETTING = "opentext.cms.base-url";
  /** Environment setting overriding the CSS base URL. */
  public static final String CSS_URL_SETTING = "opentext.css.base-url";
  /** CMS allows 5 requests per second per client; the default client-side limit keeps to it. */
  public static final RateLimit CMS_DEFAULT_RATE_LIMIT = RateLimit.perSecond(5);

  private final Environment environment;
  private final CachingCredentialsProvider tokens;
  private final AdminService admin;
  private final CmsService cms;
  private final StorageService storage;
  private final List<HttpStack> stacks = new ArrayList<>();
  private final OpenTextTokenManager ownedTokenManager;

  private OpenTextClient(Builder b) {
    this.environment = b.environment;
    if (b.auth == null) {
      throw new IllegalStateException("OpenTextClient for environment '" + environment.name()
          + "' needs auth(…) or clientCredentials(…)");
    }
    OpenTextEnvironment.baseUrl(environment); // fails early, naming the environment, when it has no OpenText endpoint
    OpenTextTokenManager manager = b.tokenManager != null ? b.tokenManager : defaultTokenManager(b);
    this.ownedTokenManager = b.tokenManager != null ? null : manager;
    try {
      this.tokens = manager.tokens(environment, b.auth);
      BearerTokenInterceptor bearer = new BearerTokenInterceptor(tokens);
      AuditContext audit = b.auditSink == null ? null : audit(b);
      this.admin = new HttpAdminService(own(stack("opentext-admin",
          OpenTextUrls.serviceBase(environment, ADMIN_URL_SETTING, "admin/api/v1"), b.httpOptions, bearer, audit)));
      this.cms = new HttpCmsService(own(stack("opentext-cms",
          OpenTextUrls.serviceBase(environment, CMS_URL_SETTING, "cms"),
          b.httpOptions.toBuilder().rateLimit(b.cmsRateLimit).build(), bearer, audit)));
      this.storage = new StorageClient(own(stack("opentext-css",
          OpenTextUrls.serviceBase(environment, CSS_URL_SETTING, "css"), b.httpOptions, bearer, audit)));
    } catch (RuntimeException e) {
      close(); // a client that fails to build holds nothing
      throw e;
    }
  }

  private HttpStack own(HttpStack stack) {
    stacks.add(stack);
    return stack;
  }

  private static OpenTextTokenManager defaultTokenManager(Builder b) {
    OpenTextTokenManager.Builder manager = OpenTextTokenManager.builder()
        .httpOptions(b.httpOptions.toBuilder().rateLimit(null).build());
    if (b.auditSink != null) {
      manager.audit(b.auditSink);
    }
    return manager.build();
  }

  /**
   * The context of the service calls' events. The credential id is the OAuth client id, read once here: the bearer
   * token source cannot be asked per event, since asking it for a token that failed would request another.
   */
  private static AuditContext audit(Builder b) {
    Credential client = b.auth.client().resolveCredential();
    return AuditContext.builder(b.auditSink).environment(b.environment).system(OpenTextEnvironment.AUDIT_SYSTEM)
        .credential(client.id(), null).clock(b.httpOptions.clock()).build();
  }

  private static HttpStack stack(String name, URI baseUrl, HttpOptions options, BearerTokenInterceptor bearer,
      AuditContext audit) {
    HttpStack.Builder stack = HttpStack.builder(name, baseUrl)
        .options(options)
        .moshi(OpenTextJson.moshi())
        .errorBodyFormat(OpenTextErrorFormat.INSTANCE)
        .addInterceptor(bearer);
    if (audit != null) {
      stack.audit(audit);
    }
    return stack.build();
  }

  /** Starts a client for {@code environment}, which must have an OpenText base URL. */
  public static Builder builder(Environment environment) {
    return new Builder(environment);
  }

  /** Developer Admin: tenants, users, groups, apps and their service clients. */
  public AdminService admin() {
    return admin;
  }

  /** Content Metadata Service: definitions, instances, renditions, folders, full-text search. */
  public CmsService cms() {
    return cms;
  }

  /** Content Storage Service: streaming upload and download of file bytes. */
  public StorageService storage() {
    return storage;
  }

  public Environment environment() {
    return environment;
  }

  /**
   * The access-token source this client uses, e.g. to call an OpenText service the SDK does not cover yet. Its
   * credentials' secret is the bearer token: never log it.
   */
  public CredentialsProvider tokens() {
    return tokens;
  }

  /**
   * Releases the client's hold on the SDK's shared threads (which stop when no other client uses them) and closes
   * the token manager the client made itself — not one given to {@link Builder#tokenManager}, nor an audit sink or
   * OkHttp client given to the builder. Do not use the client afterwards. Idempotent.
   */
  @Override
  public void close() {
    stacks.forEach(HttpStack::close);
    if (ownedTokenManager != null) {
      ownedTokenManager.close();
    }
  }

  @Override
  public String toString() {
    return "OpenTextClient{" + environment + "}";
  }

  /** Builds an {@link OpenTextClient}. Not thread-safe. */
  public static final class Builder {
    private final Environment environment;
    private OpenTextAuth auth;
    private OpenTextTokenManager tokenManager;
    private HttpOptions httpOptions = HttpOptions.defaults();
    private RateLimit cmsRateLimit = CMS_DEFAULT_RATE_LIMIT;
    private AuditSink auditSink;

    private Builder(Environment environment) {
      this.environment = Objects.requireNonNull(environment, "environment == null");
    }

    /** How to obtain tokens (required, or use {@link #clientCredentials(CredentialsProvider)}). */
    public Builder auth(OpenTextAuth auth) {
      this.auth = Objects.requireNonNull(auth, "auth == null");
      return this;
    }

    /** Client credentials grant for the client whose id and secret {@code client} supplies. */
    public Builder clientCredentials(CredentialsProvider client) {
      return auth(OpenTextAuth.clientCredentials(client));
    }

    /**
     * A token manager shared with other clients, so that clients of the same tenant and client id share a token.
     * Default: a manager of this client's own, using its HTTP options (without rate limit).
     */
    public Builder tokenManager(OpenTextTokenManager manager) {
      this.tokenManager = Objects.requireNonNull(manager, "tokenManager == null");
      return this;
    }

    /** Timeouts, retry policy, clock, sleeper and OkHttp client of all three services. */
    public Builder httpOptions(HttpOptions options) {
      this.httpOptions = Objects.requireNonNull(options, "httpOptions == null");
      return this;
    }

    /** The CMS client-side rate limit; default {@link #CMS_DEFAULT_RATE_LIMIT}; {@code null} for none. */
    public Builder cmsRateLimit(@Nullable RateLimit limit) {
      this.cmsRateLimit = limit;
      return this;
    }

    /**
     * Records one audit event per call of an audited operation into {@code sink}, after retries, successful or not,
     * with this client's environment, system {@code opentext} and the OAuth client id as credential id (never a
     * token or secret). Audited: CMS instance read ({@code asset.read}), create ({@code asset.created}), patch,
     * replace, next version, move, ACL and rendition changes ({@code asset.updated}) and delete ({@code
     * asset.deleted}); CSS upload ({@code asset.uploaded}) and download ({@code asset.downloaded}); client secret
     * regeneration ({@code credential.used}, the regenerated client as target). Definitions, lists, searches and
     * other admin calls are not audited. The token manager this client creates records {@code token.issued} and
     * {@code token.refresh_failed} into the same sink; a manager given to {@link #tokenManager} audits per its own
     * {@link OpenTextTokenManager.Builder#audit} setting. Without a sink (the default) nothing is recorded and calls
     * cost nothing extra. The client never closes the sink.
     *
     * @see io.github.iconikopentext.core.audit.AsyncAuditSink to decouple calls from a slow or failing sink
     */
    public Builder audit(AuditSink sink) {
      this.auditSink = Objects.requireNonNull(sink, "sink == null");
      return this;
    }

    public OpenTextClient build() {
      return new OpenTextClient(this);
    }
  }
}
