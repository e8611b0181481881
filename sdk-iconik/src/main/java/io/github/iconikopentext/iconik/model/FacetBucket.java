package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * One value of a search facet and how many hits have it, e.g. {@code NOT_ARCHIVED: 2}. Immutable.
 *
 * @param key the value as text (a number or boolean facet's key is its JSON text, e.g. {@code 1})
 * @param keyAsString the value as iconik spells it for display, when it differs from the key (e.g. {@code true})
 * @param docCount the number of hits with the value
 */
public record FacetBucket(
    @Nullable String key,
    @Json(name = "key_as_string") @Nullable String keyAsString,
    @Json(name = "doc_count") @Nullable Long docCount) {

  /** The value to show: {@link #keyAsString()} when given, else {@link #key()}. */
  public String label() {
    return keyAsString != null ? keyAsString : key;
  }
}
