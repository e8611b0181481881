package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An iconik job: a unit of (possibly long-running) work with a status and progress. {@link #progress()} is computed
 * by iconik from {@link #progressProcessed()} and {@link #progressTotal()} and cannot be written. Immutable; any
 * component may be {@code null}, lists and maps are empty when absent.
 *
 * @param id the job id
 * @param title the title
 * @param type the job type
 * @param customType a free sub-type for CUSTOM jobs
 * @param status the status
 * @param progress the percentage done (read-only)
 * @param progressProcessed the units processed
 * @param progressTotal the units in all
 * @param message a status message
 * @param errorMessage the error, for failed jobs
 * @param objectType the type of the object the job works on, e.g. {@code assets}
 * @param objectId the object the job works on
 * @param parentId the parent job
 * @param relatedObjects other objects the job concerns
 * @param steps the job's steps
 * @param metadata free metadata
 * @param jobContext free context for the job's worker
 * @param actionContext how to abort, pause, resume, restart or re-prioritize the job, by action name
 * @param childrenProgress the progress of the job's children, by status
 * @param priority 1 (highest) to 10
 * @param hasChildren whether it has child jobs
 * @param createdBy the creating user's id
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 * @param startedAt when it started
 * @param completedAt when it completed
 */
public record Job(
    @Strict @Nullable String id,
    @Nullable String title,
    @Nullable JobType type,
    @Json(name = "custom_type") @Nullable String customType,
    @Strict @Nullable JobStatus status,
    @Nullable Integer progress,
    @Json(name = "progress_processed") @Nullable Long progressProcessed,
    @Json(name = "progress_total") @Nullable Long progressTotal,
    @Nullable String message,
    @Json(name = "error_message") @Nullable String errorMessage,
    @Json(name = "object_type") @Nullable String objectType,
    @Json(name = "object_id") @Nullable String objectId,
    @Json(name = "parent_id") @Nullable String parentId,
    @Json(name = "related_objects") List<RelatedObject> relatedObjects,
    List<JobStep> steps,
    Map<String, Object> metadata,
    @Json(name = "job_context") Map<String, Object> jobContext,
    @Json(name = "action_context") Map<String, JobAction> actionContext,
    @Json(name = "children_progress") Map<String, JobChildProgress> childrenProgress,
    @Nullable Integer priority,
    @Json(name = "has_children") @Nullable Boolean hasChildren,
    @Json(name = "created_by") @Nullable String createdBy,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "started_at") @Nullable Instant startedAt,
    @Json(name = "completed_at") @Nullable Instant completedAt) {

  public Job {
    relatedObjects = Nulls.list(relatedObjects);
    steps = Nulls.list(steps);
    metadata = Nulls.map(metadata);
    jobContext = Nulls.map(jobContext);
    actionContext = Nulls.map(actionContext);
    childrenProgress = Nulls.map(childrenProgress);
  }

  /** Whether the job reached a status it will not leave; {@code false} while the status is unknown. */
  public boolean isTerminal() {
    return status != null && status.isTerminal();
  }
}
