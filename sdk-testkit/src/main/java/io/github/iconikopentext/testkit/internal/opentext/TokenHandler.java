package io.github.iconikopentext.testkit.internal.opentext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The OAuth side of the simulator: the tenant token endpoint, the OTDS token endpoint and OpenID discovery. Accepts
 * the three encodings the SDK can send and answers errors in RFC 6749's shape.
 */
final class TokenHandler {
  private final SimulatorState state;
  private final Supplier<String> baseUrl;

  TokenHandler(SimulatorState state, Supplier<String> baseUrl) {
    this.state = state;
    this.baseUrl = baseUrl;
  }

  boolean handles(SimRequest r) {
    return r.path().endsWith("/oauth2/token") || r.path().endsWith("/.well-known/openid-configuration");
  }

  SimResponse handle(SimRequest r) {
    String tenantPrefix = "/tenants/" + state.tenantId() + "/";
    boolean tenantPath = r.path().startsWith(tenantPrefix);
    if (r.path().endsWith("/.well-known/openid-configuration") && r.method().equals("GET") && tenantPath) {
      String issuer = baseUrl.get() + "/tenants/" + state.tenantId();
      return SimResponse.ok(Map.of("issuer", issuer, "token_endpoint", issuer + "/oauth2/token",
          "jwks_uri", issuer + "/oauth2/jwks"));
    }
    if (!r.method().equals("POST") || !(tenantPath || r.path().equals("/otdsws/oauth2/token"))) {
      return SimResponse.notFound("tenant or endpoint " + r.path());
    }
    state.countTokenRequest();
    Map<String, String> fields = fields(r);
    if (fields == null) {
      return oauthError(400, "invalid_request", "the body is neither form data nor a JSON object");
    }
    String[] client = basicAuth(r.header("Authorization"));
    String id = client != null ? client[0] : fields.get("client_id");
    String secret = client != null ? client[1] : fields.get("client_secret");
    if (!state.clientId().equals(id) || !state.clientSecret().equals(secret)) {
      return oauthError(401, "invalid_client", "Client authentication failed");
    }
    String grant = fields.getOrDefault("grant_type", "");
    switch (grant) {
      case "client_credentials" -> { }
      case "password" -> {
        if (!state.userPasswordMatches(fields.get("username"), fields.get("password"))) {
          return oauthError(400, "invalid_grant", "Invalid user credentials");
        }
      }
      case "refresh_token" -> {
        if (!state.consumeRefreshToken(fields.get("refresh_token"))) {
          return oauthError(400, "invalid_grant", "Invalid refresh token");
        }
      }
      case "urn:ietf:params:oauth:grant-type:token-exchange" -> {
        if (fields.get("subject_token") == null || fields.get("subject_token").isBlank()) {
          return oauthError(400, "invalid_request", "subject_token is required");
        }
      }
      default -> {
        return oauthError(400, "unsupported_grant_type", "Unsupported grant type: " + grant);
      }
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", state.issueToken());
    body.put("token_type", "Bearer");
    body.put("expires_in", state.tokenLifetime().toSeconds());
    if (state.issuesRefreshTokens() && !grant.equals("client_credentials")) {
      body.put("refresh_token", state.issueRefreshToken());
    }
    if (fields.get("scope") != null) {
      body.put("scope", fields.get("scope"));
    }
    if (grant.equals("urn:ietf:params:oauth:grant-type:token-exchange")) {
      body.put("issued_token_type", "urn:ietf:params:oauth:token-type:access_token"); // as OTDS answers (pyxecm)
    }
    return SimResponse.json(200, body).withHeader("Content-Type", "application/json");
  }

  private static SimResponse oauthError(int status, String error, String description) {
    return SimResponse.json(status, Map.of("error", error, "error_description", description))
        .withHeader("Content-Type", "application/json");
  }

  private static Map<String, String> fields(SimRequest r) {
    String type = r.header("Content-Type");
    if (type != null && type.startsWith("application/json")) {
      Map<String, Object> json = SimResponse.SimJson.readObject(r.body());
      if (json == null) {
        return null;
      }
      Map<String, String> out = new LinkedHashMap<>();
      json.forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
      return out;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : r.body().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      out.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String[] basicAuth(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    int colon = decoded.indexOf(':');
    return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
