package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A metadata view: a named, ordered set of fields. From the views list the fields carry only their view settings
 * (name, label, options, required, read-only); from a single view (fetched with merged fields) they carry their full
 * definition including {@link MetadataField#fieldType()}. Immutable; {@link #viewFields()} is empty when absent.
 *
 * @param id the view id
 * @param name the view name
 * @param description a description
 * @param viewFields the fields, in view order
 * @param dateCreated when the view was created
 * @param dateModified when it last changed
 */
public record MetadataView(
    @Strict @Nullable String id,
    @Nullable String name,
    @Nullable String description,
    @Json(name = "view_fields") List<MetadataField> viewFields,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified) {

  public MetadataView {
    viewFields = Nulls.list(viewFields);
  }

  /** The field called {@code name}, if the view has it. */
  public Optional<MetadataField> field(String name) {
    return viewFields.stream().filter(f -> f != null && name.equals(f.name())).findFirst();
  }
}
