package io.github.iconikopentext.opentext.internal.auth;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.opentext.auth.OAuthGrant;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches one access token from the token endpoint: the delegate behind a
 * {@link io.github.iconikopentext.core.credentials.CachingCredentialsProvider}, which decides when. A refresh token
 * issued with the last token is tried first; if the server refuses it, the configured grant is used.
 *
 * <p>The returned {@link Credential} has the client id as its id, the access token as its secret and
 * {@code now + expires_in} as its expiry. An {@code expires_in} that is missing, zero or negative counts as the
 * documented default of 15 minutes; one above {@link #MAX_LIFETIME} (24 hours) as 24 hours: a server cannot make
 * the SDK fetch a token for every call, nor keep one for ever. An odd value is logged at warn once per token source.
 * Failures become {@link CredentialException}s naming the tenant, the client id, the grant and the server's error
 * code — never a secret.
 *
 * <p>With an {@link AuditContext}, each call records one event: {@code token.issued} when a token was obtained,
 * {@code token.refresh_failed} when none was, both with the client id as credential id and the grant type, never a
 * token or secret. Thread-safe (called by one refresher at a time). Not part of the API.
 */
public final class TokenFetcher implements CredentialsProvider {
  private static final Logger log = LoggerFactory.getLogger(TokenFetcher.class);
  /** Used when a token response omits {@code expires_in}: OpenText's documented default lifetime. */
  static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);
  /** The longest lifetime believed: a larger {@code expires_in} is taken as this. */
  static final Duration MAX_LIFETIME = Duration.ofHours(24);
  /** RFC 8693 token types that cannot be sent as a bearer access token. */
  private static final java.util.Set<String> NOT_ACCESS_TOKENS = java.util.Set.of(
      "urn:ietf:params:oauth:token-type:refresh_token", "urn:ietf:params:oauth:token-type:id_token",
      "urn:ietf:params:oauth:token-type:saml1", "urn:ietf:params:oauth:token-type:saml2");

  private final String tenant;
  private final OpenTextAuth auth;
  private final TokenEndpointResolver endpoint;
  private final TokenTransport transport;
  private final Clock clock;
  private final AuditContext audit;
  private final AtomicReference<Secret> issuedRefreshToken = new AtomicReference<>();
  private final AtomicBoolean warnedAboutLifetime = new AtomicBoolean();

  /** A token was obtained for {@code client} with {@code grant}. */
  private record Issued(Credential token, Credential client, OAuthGrant grant) {}

  /** @param audit where token events go; {@code null} for none */
  public TokenFetcher(String tenant, OpenTextAuth auth, TokenEndpointResolver endpoint, TokenTransport transport,
      Clock clock, AuditContext audit) {
    this.tenant = tenant;
    this.auth = auth;
    this.endpoint = endpoint;
    this.transport = transport;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public Credential resolveCredential() {
    if (audit == null) {
      return obtain().token();
    }
    Issued issued;
    try {
      issued = obtain();
    } catch (RuntimeException e) {
      throw auditFailure(e);
    }
    audit.emit(event(AuditAction.TOKEN_ISSUED, issued.grant()).credential(issued.client()).build());
    return issued.token();
  }

  private Issued obtain() {
    Credential client = resolveClient();
    Secret refreshToken = issuedRefreshToken.getAndSet(null);
    if (refreshToken != null) {
      OAuthGrant refresh = OAuthGrant.refreshToken(refreshToken);
      try {
        return new Issued(fetch(client, refresh), client, refresh);
      } catch (CredentialException refused) {
        log.debug("refresh token refused, using the {} grant: {}", auth.grant().grantType(), refused.getMessage());
      }
    }
    return new Issued(fetch(client, auth.grant()), client, auth.grant());
  }

  /**
   * Records {@code failure} as {@code token.refresh_failed}, with the outcome of the HTTP or network failure behind
   * it when there was one; a failing sink is suppressed into {@code failure}, which is returned for throwing.
   */
  private RuntimeException auditFailure(RuntimeException failure) {
    Throwable reason = failure instanceof CredentialException && failure.getCause() instanceof SdkException cause
        ? cause : failure;
    AuditEvent.Builder event = event(AuditAction.TOKEN_REFRESH_FAILED, auth.grant())
        .outcome(AuditOutcome.failure(reason));
    if (reason instanceof ApiException api) {
      event.requestId(api.requestId());
    }
    try {
      audit.emit(event.build());
    } catch (RuntimeException sinkFailure) {
      failure.addSuppressed(sinkFailure);
    }
    return failure;
  }

  private AuditEvent.Builder event(AuditAction action, OAuthGrant grant) {
    return audit.newEvent(action).actor(actor(auth.grant())).detail("grant_type", grant.grantType());
  }

  /** The user a token acts for, when the grant names one: never a token. */
  private static String actor(OAuthGrant grant) {
    if (grant instanceof OAuthGrant.Password p) {
      return p.username();
    }
    if (grant instanceof OAuthGrant.TokenExchange x
        && OAuthGrant.TokenExchange.USER_ID_TOKEN_TYPE.equals(x.subjectTokenType())) {
      return x.subjectToken();
    }
    return null;
  }

  private Credential resolveClient() {
    try {
      Credential client = auth.client().resolveCredential();
      if (client == null) {
        throw new CredentialException(auth.client() + " returned no client credential");
      }
      return client;
    } catch (CredentialException e) {
      throw new CredentialException("OpenText client credentials for tenant '" + tenant + "' unavailable: "
          + e.getMessage(), e);
    }
  }

  private Credential fetch(Credential client, OAuthGrant grant) {
    Instant requestedAt = clock.instant();
    TokenResponse response;
    try {
      HttpUrl url = endpoint.tokenUrl(transport);
      TokenRequest request = TokenRequest.of(auth.encoding(), client, grant, auth.scope().orElse(null));
      response = transport.token(url, request);
    } catch (ApiException e) {
      String code = e.details().errorCode();
      throw new CredentialException(failure(client, grant) + ": HTTP " + e.statusCode()
          + (code == null ? "" : ", error code " + code)
          + (e.details().messages().isEmpty() ? "" : ": " + String.join("; ", e.details().messages()))
          + (e.requestId() == null ? "" : " (request id " + e.requestId() + ")"), e);
    } catch (CredentialException e) {
      throw e;
    } catch (SdkException e) {
      throw new CredentialException(failure(client, grant) + ": " + e.getMessage(), e);
    }
    return toCredential(client, grant, response, requestedAt);
  }

  private Credential toCredential(Credential client, OAuthGrant grant, TokenResponse response, Instant requestedAt) {
    if (response == null || response.accessToken() == null || response.accessToken().isBlank()) {
      throw new CredentialException(failure(client, grant) + ": the response has no access_token");
    }
    String type = response.tokenType();
    if (type != null && !type.toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new CredentialException(failure(client, grant) + ": unsupported token_type '" + type + "'");
    }
    String issued = response.issuedTokenType();
    if (issued != null && NOT_ACCESS_TOKENS.contains(issued)) {
      throw new CredentialException(failure(client, grant) + ": the server issued a " + issued
          + ", not an access token");
    }
    Duration lifetime = lifetime(response.expiresIn(), client);
    if (response.refreshToken() != null && !response.refreshToken().isBlank()) {
      issuedRefreshToken.set(Secret.of(response.refreshToken()));
    }
    // Measured from before the request: the token can only be younger than we assume.
    Instant expiresAt = requestedAt.plus(lifetime);
    log.debug("OpenText token for tenant {} client {} ({}{}) valid until {}", tenant, client.id(),
        grant.grantType(), issued == null ? "" : ", issued " + issued, expiresAt);
    return new Credential(client.id(), Secret.of(response.accessToken()), expiresAt, null);
  }

  /** The lifetime to assume for a token whose response said {@code expiresIn} seconds. */
  private Duration lifetime(Long expiresIn, Credential client) {
    if (expiresIn == null) {
      return DEFAULT_LIFETIME;
    }
    Duration assumed = expiresIn <= 0 ? DEFAULT_LIFETIME
        : expiresIn > MAX_LIFETIME.toSeconds() ? MAX_LIFETIME : Duration.ofSeconds(expiresIn);
    if (assumed.toSeconds() != expiresIn && warnedAboutLifetime.compareAndSet(false, true)) {
      log.warn("OpenText token endpoint {} gave client id '{}' a token with expires_in {}, which is not a lifetime"
          + " between 1 second and {}; assuming {} (warned once per token source)", endpoint.describe(), client.id(),
          expiresIn, MAX_LIFETIME, assumed);
    }
    return assumed;
  }

  private String failure(Credential client, OAuthGrant grant) {
    return "OpenText token request failed for tenant '" + tenant + "', client id '" + client.id() + "', grant "
        + grant.grantType() + " at " + endpoint.describe();
  }

  @Override
  public String toString() {
    return "OpenText token endpoint " + endpoint.describe() + " (tenant " + tenant + ", " + auth.grant().grantType()
        + ")";
  }
}
