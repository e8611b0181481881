package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The metadata values of one object for one view, with what iconik records about them (iconik's
 * {@code MetadataValuesSchema}): which object and version they belong to, when they were first and last written, and
 * the job of an asynchronous write. Immutable; {@link #values()} is never {@code null}.
 *
 * @param objectType {@code assets}, {@code collections} or {@code segments}
 * @param objectId the object
 * @param versionId the asset version the values belong to
 * @param jobId the job that applies an asynchronous write, if any
 * @param dateCreated when values were first written for the object and view
 * @param dateModified when they were last written
 * @param values the values by field, each with its own {@link MetadataValues#dateCreated(String)}
 */
public record ObjectMetadata(
    @Json(name = "object_type") @Nullable String objectType,
    @Json(name = "object_id") @Nullable String objectId,
    @Json(name = "version_id") @Nullable String versionId,
    @Json(name = "job_id") @Nullable String jobId,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "metadata_values") MetadataValues values) {

  public ObjectMetadata {
    values = values == null ? MetadataValues.empty() : values;
  }
}
