package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;

/** The type of a metadata field. The wire values are lower case ({@code string_exact}, {@code drop_down}, …). Values iconik adds later read as {@link #UNKNOWN}. */
public enum MetadataFieldType {
  @Json(name = "integer")
  INTEGER,
  @Json(name = "float")
  FLOAT,
  @Json(name = "boolean")
  BOOLEAN,
  @Json(name = "string")
  STRING,
  @Json(name = "string_exact")
  STRING_EXACT,
  @Json(name = "text")
  TEXT,
  @Json(name = "date")
  DATE,
  @Json(name = "datetime")
  DATETIME,
  @Json(name = "tag_cloud")
  TAG_CLOUD,
  @Json(name = "url")
  URL,
  @Json(name = "drop_down")
  DROP_DOWN,
  @Json(name = "email")
  EMAIL,
  /** A value this SDK version does not know. */
  UNKNOWN;

  /** The value iconik uses on the wire, e.g. {@code email}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
