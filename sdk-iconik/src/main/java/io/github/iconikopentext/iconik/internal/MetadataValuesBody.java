package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.Json;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.util.List;

/**
 * The body of iconik's metadata value calls: one object's values for a view, or (with {@code object_ids}) the batch
 * form. Not part of the API.
 *
 * @param metadataValues the values; read as empty when absent
 * @param objectIds the objects of a batch update, else {@code null}
 * @param objectId the object the values belong to (responses)
 * @param objectType its type (responses)
 */
public record MetadataValuesBody(
    @Json(name = "metadata_values") MetadataValues metadataValues,
    @Json(name = "object_ids") List<String> objectIds,
    @Json(name = "object_id") String objectId,
    @Json(name = "object_type") String objectType) {

  public MetadataValuesBody {
    metadataValues = metadataValues == null ? MetadataValues.empty() : metadataValues;
  }

  /** The body of a single-object PUT. */
  public static MetadataValuesBody of(MetadataValues values) {
    return new MetadataValuesBody(values, null, null, null);
  }

  /** The body of a batch PUT. */
  public static MetadataValuesBody batch(List<String> objectIds, MetadataValues values) {
    return new MetadataValuesBody(values, List.copyOf(objectIds), null, null);
  }
}
