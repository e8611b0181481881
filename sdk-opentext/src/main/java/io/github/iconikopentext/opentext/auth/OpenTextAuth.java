package io.github.iconikopentext.opentext.auth;

import io.github.iconikopentext.core.credentials.CredentialsProvider;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link io.github.iconikopentext.opentext.OpenTextClient} authenticates: the confidential OAuth client
 * (its id and secret, from any {@link CredentialsProvider} — environment variables, a secret reference, a vault),
 * the grant, the scope, the request encoding and the token endpoint.
 *
 * <p>The client secret is read from the provider each time a token is fetched, so a rotated secret is picked up at
 * the next refresh. Each environment (dev, test, prod tenant) has its own app and therefore its own client: give each
 * its own {@code OpenTextAuth}.
 *
 * <p>Immutable and thread-safe; {@code toString()} never shows a secret.
 */
public final class OpenTextAuth {
  private final CredentialsProvider client;
  private final OAuthGrant grant;
  private final String scope;
  private final TokenRequestEncoding encoding;
  private final TokenEndpoint endpoint;

  private OpenTextAuth(Builder b) {
    this.client = b.client;
    this.grant = b.grant;
    this.scope = b.scope;
    this.encoding = b.encoding;
    this.endpoint = b.endpoint;
  }

  /** Client credentials grant against the tenant's token endpoint, form + HTTP Basic: the common case. */
  public static OpenTextAuth clientCredentials(CredentialsProvider client) {
    return builder(client).build();
  }

  /** Starts a configuration for the confidential client whose id and secret {@code client} supplies. */
  public static Builder builder(CredentialsProvider client) {
    return new Builder(client);
  }

  public Builder toBuilder() {
    return new Builder(client).grant(grant).scope(scope).encoding(encoding).endpoint(endpoint);
  }

  /** Supplies the OAuth client id (credential id) and client secret (credential secret). */
  public CredentialsProvider client() {
    return client;
  }

  public OAuthGrant grant() {
    return grant;
  }

  /** The requested scope, if any (space-separated). */
  public Optional<String> scope() {
    return Optional.ofNullable(scope);
  }

  public TokenRequestEncoding encoding() {
    return encoding;
  }

  public TokenEndpoint endpoint() {
    return endpoint;
  }

  @Override
  public String toString() {
    return "OpenTextAuth{client=" + client + ", grant=" + grant.grantType() + ", scope=" + scope
        + ", encoding=" + encoding + ", endpoint=" + endpoint + "}";
  }

  /** Builds an {@link OpenTextAuth}. Not thread-safe. */
  public static final class Builder {
    private final CredentialsProvider client;
    private OAuthGrant grant = OAuthGrant.clientCredentials();
    private String scope;
    private TokenRequestEncoding encoding = TokenRequestEncoding.FORM_WITH_BASIC_AUTH;
    private TokenEndpoint endpoint = TokenEndpoint.tenant();

    private Builder(CredentialsProvider client) {
      this.client = Objects.requireNonNull(client, "client credentials provider == null");
    }

    /** The grant; default {@link OAuthGrant#clientCredentials()}. */
    public Builder grant(OAuthGrant grant) {
      this.grant = Objects.requireNonNull(grant, "grant == null");
      return this;
    }

    /** The scope to request; {@code null} (default) requests none. */
    public Builder scope(@Nullable String scope) {
      this.scope = scope == null || scope.isBlank() ? null : scope.trim();
      return this;
    }

    /** The request encoding; default {@link TokenRequestEncoding#FORM_WITH_BASIC_AUTH}. */
    public Builder encoding(TokenRequestEncoding encoding) {
      this.encoding = Objects.requireNonNull(encoding, "encoding == null");
      return this;
    }

    /** The token endpoint; default {@link TokenEndpoint#tenant()}. */
    public Builder endpoint(TokenEndpoint endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
      return this;
    }

    public OpenTextAuth build() {
      return new OpenTextAuth(this);
    }
  }
}
