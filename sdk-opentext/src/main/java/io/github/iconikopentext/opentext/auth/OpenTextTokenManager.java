package io.github.iconikopentext.opentext.auth;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.credentials.CachingCredentialsProvider;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.RefreshListener;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.opentext.internal.OpenTextUrls;
import io.github.iconikopentext.opentext.internal.auth.TokenEndpointResolver;
import io.github.iconikopentext.opentext.internal.auth.TokenFetcher;
import io.github.iconikopentext.opentext.internal.auth.TokenTransport;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Obtains and caches OpenText OAuth access tokens, one cached token per (token endpoint, tenant, client id, scope,
 * grant subject). Clients built for the same tenant and client share a token when they share a manager; give every
 * {@link io.github.iconikopentext.opentext.OpenTextClient} of a process the same manager to keep token requests to a
 * minimum.
 *
 * <p>Each token is held by sdk-core's {@link CachingCredentialsProvider}: it is refreshed ahead of expiry
 * ({@link Builder#prefetch(Duration)} minus a random {@link Builder#jitter(Duration)}), by a single refresher while
 * other threads keep using the still-valid token; after a 401 a service client calls
 * {@link CachingCredentialsProvider#refreshAfterRejection(Credential)} once. Expiry is always taken from the
 * server's {@code expires_in}. Token requests go through an sdk-core HTTP stack (retries on 429/5xx, masked debug
 * logs) with the manager's {@link HttpOptions}; their clock is also the token clock.
 *
 * <p>With {@link Builder#audit(AuditSink)}, every attempt to obtain a token records {@code token.issued} or {@code
 * token.refresh_failed} (system {@code opentext}, the environment of the token source, the client id as credential
 * id).
 *
 * <p>Thread-safe. Tokens, client secrets and passwords never appear in logs, {@code toString()}, exceptions or audit
 * events.
 *
 * <p>{@link #close()} it when the application stops (an {@link io.github.iconikopentext.opentext.OpenTextClient}
 * closes the manager it made itself, never one it was given).
 */
public final class OpenTextTokenManager implements AutoCloseable {
  private final HttpOptions httpOptions;
  private final Duration prefetch;
  private final Duration jitter;
  private final TokenTransport transport;
  private final AuditSink auditSink;
  private final RefreshListener refreshListener;
  private final Map<TokenKey, CachingCredentialsProvider> tokens = new ConcurrentHashMap<>();

  private record TokenKey(String endpoint, String tenant, String clientId, String scope, Object subject) {}

  private OpenTextTokenManager(Builder b) {
    this.httpOptions = b.httpOptions;
    this.prefetch = b.prefetch;
    this.jitter = b.jitter;
    this.transport = new TokenTransport(httpOptions);
    this.auditSink = b.auditSink;
    this.refreshListener = b.refreshListener;
  }

  /** A manager with default options. */
  public static OpenTextTokenManager create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cached token source for {@code auth} in {@code environment}. Resolves the client credential once to learn
   * the client id (a missing client id or secret fails here, not at the first call).
   *
   * @throws CredentialException if the client credential cannot be resolved
   * @throws io.github.iconikopentext.core.error.ConfigurationException if the token endpoint cannot be built
   */
  public CachingCredentialsProvider tokens(Environment environment, OpenTextAuth auth) {
    Objects.requireNonNull(environment, "environment == null");
    Objects.requireNonNull(auth, "auth == null");
    TokenEndpointResolver endpoint = new TokenEndpointResolver(environment, auth.endpoint());
    String tenant = OpenTextUrls.tenantId(environment).orElse("(none)");
    Credential client = auth.client().resolveCredential();
    if (client == null) {
      throw new CredentialException(auth.client() + " returned no OpenText client credential");
    }
    TokenKey key = new TokenKey(endpoint.describe(), tenant, client.id(), auth.scope().orElse(""), subject(auth));
    return tokens.computeIfAbsent(key, k ->
        CachingCredentialsProvider.builder(new TokenFetcher(tenant, auth, endpoint, transport, httpOptions.clock(),
                audit(environment, client)))
            .prefetch(prefetch)
            .jitter(jitter)
            .clock(httpOptions.clock())
            .listener(refreshListener)
            .build());
  }

  /** The audit context of one token source, or {@code null} when the manager does not audit. */
  private AuditContext audit(Environment environment, Credential client) {
    return auditSink == null ? null : AuditContext.builder(auditSink).environment(environment)
        .system(OpenTextEnvironment.AUDIT_SYSTEM).credential(client.id(), client.version()).clock(httpOptions.clock()).build();
  }

  /** Drops every cached token; the next call of each source fetches a new one. */
  public void invalidateAll() {
    tokens.values().forEach(CachingCredentialsProvider::invalidate);
  }

  /**
   * Releases the connections and threads of the token requests (the SDK's threads stop when no client uses them).
   * Cached tokens that are still valid stay usable; a token that needs fetching fails. Idempotent.
   */
  @Override
  public void close() {
    transport.close();
  }

  /** Who the token is for beyond the client: a user, an impersonated subject, or one caller's own refresh token. */
  private static Object subject(OpenTextAuth auth) {
    OAuthGrant grant = auth.grant();
    if (grant instanceof OAuthGrant.Password p) {
      return "user:" + p.username();
    }
    if (grant instanceof OAuthGrant.TokenExchange x) {
      return "subject:" + x.subjectToken();
    }
    if (grant instanceof OAuthGrant.RefreshToken) {
      return new Object(); // never shared: the refresh token belongs to this configuration alone
    }
    return "client";
  }

  @Override
  public String toString() {
    return "OpenTextTokenManager{" + tokens.size() + " token sources}";
  }

  /** Builds an {@link OpenTextTokenManager}. Not thread-safe. */
  public static final class Builder {
    private HttpOptions httpOptions = HttpOptions.defaults();
    private Duration prefetch = Duration.ofMinutes(1);
    private Duration jitter = Duration.ofSeconds(10);
    private AuditSink auditSink;
    private RefreshListener refreshListener = RefreshListener.NONE;

    private Builder() {}

    /** Transport options of token requests; their {@link HttpOptions#clock()} also times token expiry. */
    public Builder httpOptions(HttpOptions options) {
      this.httpOptions = Objects.requireNonNull(options, "httpOptions == null");
      return this;
    }

    /** How long before expiry a token is refreshed; default 1 minute. */
    public Builder prefetch(Duration prefetch) {
      this.prefetch = Objects.requireNonNull(prefetch, "prefetch == null");
      return this;
    }

    /** Up to how much earlier, at random, a refresh starts, so that many clients do not refresh at once; default 10 s. */
    public Builder jitter(Duration jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter == null");
      return this;
    }

    /**
     * Records {@code token.issued} or {@code token.refresh_failed} into {@code sink} each time a token source obtains
     * a token or fails to, with the environment of the first {@link #tokens} call for that source and the client id
     * (never a token or secret). Default: no events. The manager never closes the sink.
     */
    public Builder audit(AuditSink sink) {
      this.auditSink = Objects.requireNonNull(sink, "sink == null");
      return this;
    }

    /**
     * Told each time a token source fetches a token or fails to (e.g. to count token refreshes); never given a token.
     * Default: none.
     */
    public Builder refreshListener(RefreshListener listener) {
      this.refreshListener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    public OpenTextTokenManager build() {
      return new OpenTextTokenManager(this);
    }
  }
}
