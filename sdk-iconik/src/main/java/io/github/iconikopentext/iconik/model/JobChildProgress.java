package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * The progress of a job's children in one status, as the parent's {@code children_progress} reports it. Immutable.
 *
 * @param status the children's status
 * @param progressProcessed units processed
 * @param progressTotal units in all
 */
public record JobChildProgress(
    @Nullable JobStatus status,
    @Json(name = "progress_processed") @Nullable Long progressProcessed,
    @Json(name = "progress_total") @Nullable Long progressTotal) {}
