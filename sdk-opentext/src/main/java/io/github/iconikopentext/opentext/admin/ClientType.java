package io.github.iconikopentext.opentext.admin;

import com.squareup.moshi.Json;

/** The kind of an app's OAuth service client. Unknown values read as {@link #UNKNOWN}. */
public enum ClientType {
  /** A browser or mobile client without a secret (authorization code grant). */
  @Json(name = "public") PUBLIC,
  /** A server-side client with a secret (client credentials, password grants). */
  @Json(name = "confidential") CONFIDENTIAL,
  UNKNOWN
}
