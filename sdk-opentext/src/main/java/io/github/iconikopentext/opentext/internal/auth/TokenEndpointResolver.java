package io.github.iconikopentext.opentext.internal.auth;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.opentext.auth.TokenEndpoint;
import io.github.iconikopentext.opentext.internal.OpenTextUrls;
import java.net.URI;
import okhttp3.HttpUrl;

/**
 * Turns a {@link TokenEndpoint} into the token URL for one environment. A discovered URL is looked up once and
 * kept. Thread-safe. Not part of the API.
 */
public final class TokenEndpointResolver {
  private final TokenEndpoint endpoint;
  private final Environment environment;
  private final HttpUrl configuredUrl;
  private volatile HttpUrl discoveredUrl;

  public TokenEndpointResolver(Environment environment, TokenEndpoint endpoint) {
    this.environment = environment;
    this.endpoint = endpoint;
    this.configuredUrl = configuredUrl(environment, endpoint);
  }

  /** What identifies the endpoint in a token cache key and in messages (no secrets in it). */
  public String describe() {
    return configuredUrl.toString();
  }

  /** The token URL; the first call of a discovery endpoint fetches the discovery document. */
  HttpUrl tokenUrl(TokenTransport transport) {
    if (!(endpoint instanceof TokenEndpoint.Discovery)) {
      return configuredUrl;
    }
    HttpUrl url = discoveredUrl;
    if (url == null) {
      OpenIdConfiguration configuration = transport.discover(configuredUrl);
      String tokenEndpoint = configuration == null ? null : configuration.tokenEndpoint();
      if (tokenEndpoint == null || tokenEndpoint.isBlank()) {
        throw new CredentialException("OpenID discovery document " + configuredUrl + " names no token_endpoint");
      }
      url = OpenTextUrls.checked(environment, "discovered token endpoint", URI.create(tokenEndpoint));
      discoveredUrl = url;
    }
    return url;
  }

  private static HttpUrl configuredUrl(Environment env, TokenEndpoint endpoint) {
    if (endpoint instanceof TokenEndpoint.Tenant) {
      return tenantUrl(env, "oauth2/token");
    }
    if (endpoint instanceof TokenEndpoint.Discovery) {
      return tenantUrl(env, ".well-known/openid-configuration");
    }
    if (endpoint instanceof TokenEndpoint.Otds otds) {
      return OpenTextUrls.checked(env, "OTDS base URL", otds.baseUrl()).newBuilder()
          .addPathSegments("otdsws/oauth2/token").build();
    }
    TokenEndpoint.Fixed fixed = (TokenEndpoint.Fixed) endpoint;
    return OpenTextUrls.checked(env, "token URL", fixed.tokenUrl());
  }

  private static HttpUrl tenantUrl(Environment env, String suffix) {
    String tenant = OpenTextUrls.tenantId(env)
        .orElseThrow(() -> new ConfigurationException("environment '" + env.name()
            + "' has no OpenText tenant id, which the tenant token endpoint needs"));
    return OpenTextUrls.checked(env, "OpenText base URL", OpenTextEnvironment.baseUrl(env)).newBuilder()
        .addPathSegment("tenants").addPathSegment(tenant).addPathSegments(suffix).build();
  }
}
