package io.github.iconikopentext.opentext.internal.auth;

import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.http.internal.RequestSecrets;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.opentext.auth.OAuthGrant;
import io.github.iconikopentext.opentext.auth.TokenRequestEncoding;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The body and headers of one token request in the configured encoding. Holds secrets only for the moment it is
 * sent; {@code toString()} shows none. Not part of the API.
 */
final class TokenRequest {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Set<String> SECRET_FIELDS =
      Set.of("password", "refresh_token", "subject_token", "client_secret");

  private final RequestBody body;
  private final Map<String, String> headers;
  private final RequestSecrets secrets;

  private TokenRequest(RequestBody body, Map<String, String> headers, RequestSecrets secrets) {
    this.body = body;
    this.headers = headers;
    this.secrets = secrets;
  }

  static TokenRequest of(TokenRequestEncoding encoding, Credential client, OAuthGrant grant, String scope) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", grant.grantType());
    if (grant instanceof OAuthGrant.Password p) {
      fields.put("username", p.username());
      fields.put("password", p.password().reveal());
    } else if (grant instanceof OAuthGrant.RefreshToken r) {
      fields.put("refresh_token", r.refreshToken().reveal());
    } else if (grant instanceof OAuthGrant.TokenExchange x) {
      fields.put("subject_token", x.subjectToken());
      fields.put("subject_token_type", x.subjectTokenType());
    }
    if (scope != null) {
      fields.put("scope", scope);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    if (encoding == TokenRequestEncoding.FORM_WITH_BASIC_AUTH) {
      headers.put("Authorization", Credentials.basic(client.id(), client.secret().reveal(), StandardCharsets.UTF_8));
    } else {
      fields.put("client_id", client.id());
      fields.put("client_secret", client.secret().reveal());
    }
    RequestSecrets secrets = new RequestSecrets(fields.entrySet().stream()
        .filter(e -> SECRET_FIELDS.contains(e.getKey())).map(Map.Entry::getValue).toList());
    if (encoding == TokenRequestEncoding.JSON) {
      String json = Json.moshi().adapter(Map.class).toJson(fields);
      return new TokenRequest(RequestBody.create(json, JSON), headers, secrets);
    }
    FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
    fields.forEach(form::add);
    return new TokenRequest(form.build(), headers, secrets);
  }

  RequestBody body() {
    return body;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** The secret values in the body, for scrubbing error bodies that echo them. */
  RequestSecrets secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "TokenRequest{****}";
  }
}
