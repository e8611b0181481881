package io.github.iconikopentext.opentext.auth;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.internal.UrlText;
import java.net.URI;
import java.util.Objects;

/**
 * Where the token request goes. Resolved against the client's {@link io.github.iconikopentext.core.Environment}.
 *
 * <ul>
 *   <li>{@link #tenant()} (default): {@code {base}/tenants/{tenantId}/oauth2/token} on the OpenText Cloud Platform.
 *   <li>{@link #discovery()}: reads {@code token_endpoint} from {@code {base}/tenants/{tenantId}/.well-known/openid-configuration}
 *       once, on the first token request.
 *   <li>{@link #otds(String)}: a self-hosted OpenText Directory Services, {@code {otds}/otdsws/oauth2/token}.
 *   <li>{@link #url(String)}: any other token URL.
 * </ul>
 *
 * <p>URLs must use {@code https}, except for loopback hosts or an environment that allows insecure http.
 */
public sealed interface TokenEndpoint {

  /** The tenant's token endpoint on the platform. */
  static TokenEndpoint tenant() {
    return Tenant.INSTANCE;
  }

  /** The token endpoint named by the tenant's OpenID Connect discovery document. */
  static TokenEndpoint discovery() {
    return Discovery.INSTANCE;
  }

  /** A self-hosted OTDS at {@code otdsBaseUrl}, e.g. {@code https://otds.example.com}. */
  static TokenEndpoint otds(String otdsBaseUrl) {
    return new Otds(parse(Objects.requireNonNull(otdsBaseUrl, "otdsBaseUrl == null"), "OTDS base URL"));
  }

  /** A fixed token URL. */
  static TokenEndpoint url(String tokenUrl) {
    return new Fixed(parse(Objects.requireNonNull(tokenUrl, "tokenUrl == null"), "token URL"));
  }

  /** {@link URI#create}, whose exception quotes the whole text (user info included), with a message that does not. */
  private static URI parse(String text, String what) {
    try {
      return URI.create(text.strip());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(what + " " + UrlText.describe(text) + " is not a URL");
    }
  }

  /** {@code {base}/tenants/{tenantId}/oauth2/token}. */
  enum Tenant implements TokenEndpoint {
    INSTANCE
  }

  /** OpenID Connect discovery under {@code {base}/tenants/{tenantId}}. */
  enum Discovery implements TokenEndpoint {
    INSTANCE
  }

  /** @param baseUrl the OTDS server, without {@code /otdsws} */
  record Otds(URI baseUrl) implements TokenEndpoint {
    public Otds {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
    }

    /** Scheme and host only. */
    @Override
    public String toString() {
      return "Otds[" + UrlText.describe(baseUrl.toString()) + "]";
    }
  }

  /** @param tokenUrl the full token URL */
  record Fixed(URI tokenUrl) implements TokenEndpoint {
    public Fixed {
      Objects.requireNonNull(tokenUrl, "tokenUrl == null");
    }

    /** Scheme and host only. */
    @Override
    public String toString() {
      return "Fixed[" + UrlText.describe(tokenUrl.toString()) + "]";
    }
  }
}
