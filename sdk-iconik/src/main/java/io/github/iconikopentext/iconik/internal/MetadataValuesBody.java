package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.Json;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.util.List;

/**
 * The request body of iconik's metadata value writes: one object's values for a view, or (with {@code object_ids})
 * the batch form. Responses are read as {@link io.github.iconikopentext.iconik.model.ObjectMetadata}. Not part of
 * the API.
 *
 * @param metadataValues the values
 * @param objectIds the objects of a batch update, else {@code null}
 */
public record MetadataValuesBody(
    @Json(name = "metadata_values") MetadataValues metadataValues,
    @Json(name = "object_ids") List<String> objectIds) {

  /** The body of a single-object PUT. */
  public static MetadataValuesBody of(MetadataValues values) {
    return new MetadataValuesBody(values, null);
  }

  /** The body of a batch PUT. */
  public static MetadataValuesBody batch(List<String> objectIds, MetadataValues values) {
    return new MetadataValuesBody(values, List.copyOf(objectIds));
  }
}
