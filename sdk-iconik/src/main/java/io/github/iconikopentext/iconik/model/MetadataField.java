package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A metadata field definition. Immutable; any component may be {@code null}, {@link #options()} is empty when absent.
 *
 * @param name the field name, the key in {@link MetadataValues}
 * @param label the display label
 * @param fieldType the value type
 * @param description a description
 * @param multi whether the field holds several values
 * @param required whether a value is required
 * @param readOnly whether users may not change it
 * @param options the allowed values of drop-down and tag fields
 * @param minValue the smallest allowed number
 * @param maxValue the largest allowed number
 * @param externalId an id in an external system
 * @param dateCreated when the field was created
 * @param dateModified when it last changed
 */
public record MetadataField(
    @Strict @Nullable String name,
    @Nullable String label,
    @Json(name = "field_type") @Nullable MetadataFieldType fieldType,
    @Nullable String description,
    @Nullable Boolean multi,
    @Nullable Boolean required,
    @Json(name = "read_only") @Nullable Boolean readOnly,
    List<FieldOption> options,
    @Json(name = "min_value") @Nullable Double minValue,
    @Json(name = "max_value") @Nullable Double maxValue,
    @Json(name = "external_id") @Nullable String externalId,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified) {

  public MetadataField {
    options = Nulls.list(options);
  }
}
