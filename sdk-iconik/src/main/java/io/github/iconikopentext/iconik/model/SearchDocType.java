package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;

/** A kind of document the search service returns; the wire values are lower case ({@code assets}, {@code collections}, …). Values iconik adds later read as {@link #UNKNOWN}. */
public enum SearchDocType {
  @Json(name = "assets")
  ASSETS,
  @Json(name = "collections")
  COLLECTIONS,
  @Json(name = "segments")
  SEGMENTS,
  @Json(name = "saved_searches")
  SAVED_SEARCHES,
  @Json(name = "saved_search_groups")
  SAVED_SEARCH_GROUPS,
  /** A value this SDK version does not know. */
  UNKNOWN;

  /** The value iconik uses on the wire, e.g. {@code saved_search_groups}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
