package io.github.iconikopentext.opentext.internal.admin;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;

/** The (UNCONFIRMED) answer to a secret regeneration. {@code toString()} hides the secret. Not part of the API. */
public record ClientSecretResponse(
    @Json(name = "client_id") String clientId,
    @Strict @Json(name = "client_secret") String clientSecret) {

  @Override
  public String toString() {
    return "ClientSecretResponse{clientId=" + clientId + ", clientSecret=****}";
  }
}
