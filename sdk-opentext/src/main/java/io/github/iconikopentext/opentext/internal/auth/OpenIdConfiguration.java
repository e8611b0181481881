package io.github.iconikopentext.opentext.internal.auth;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;

/** The members of an OpenID Connect discovery document the SDK reads. Not part of the API. */
public record OpenIdConfiguration(
    String issuer,
    @Strict @Json(name = "token_endpoint") String tokenEndpoint,
    @Json(name = "jwks_uri") String jwksUri) {}
