package io.github.iconikopentext.opentext.internal.auth;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;

/**
 * An OAuth 2.0 token response (RFC 6749 section 5.1). {@code toString()} hides both tokens. Not part of the API.
 *
 * @param accessToken the bearer token
 * @param tokenType normally {@code Bearer}
 * @param expiresIn lifetime in seconds, or {@code null} if the server did not say
 * @param refreshToken a refresh token, when one was issued
 * @param scope the granted scope, if reported
 * @param issuedTokenType what was issued (RFC 8693 token exchange), e.g.
 *     {@code urn:ietf:params:oauth:token-type:access_token}, if reported
 */
public record TokenResponse(
    @Strict @Json(name = "access_token") String accessToken,
    @Json(name = "token_type") String tokenType,
    @Strict @Json(name = "expires_in") Long expiresIn,
    @Json(name = "refresh_token") String refreshToken,
    String scope,
    @Json(name = "issued_token_type") String issuedTokenType) {

  @Override
  public String toString() {
    return "TokenResponse{tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", refreshToken="
        + (refreshToken == null ? "none" : "****") + ", scope=" + scope + ", issuedTokenType=" + issuedTokenType
        + "}";
  }
}
