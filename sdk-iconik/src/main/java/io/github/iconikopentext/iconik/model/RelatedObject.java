package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * An object a job concerns.
 *
 * @param objectId the object's id
 * @param objectType its type, e.g. {@code assets}
 */
public record RelatedObject(
    @Json(name = "object_id") @Nullable String objectId,
    @Json(name = "object_type") @Nullable String objectType) {}
