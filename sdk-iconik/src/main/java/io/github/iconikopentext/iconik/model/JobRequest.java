package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A job to create. iconik requires title, type and status. Immutable; build with {@link #builder(String, JobType)}.
 *
 * @param title the title
 * @param type the job type, e.g. CUSTOM or TRANSFER
 * @param customType a free sub-type for CUSTOM jobs
 * @param status the initial status
 * @param objectType the type of the object the job works on, e.g. {@code assets}
 * @param objectId the object the job works on
 * @param parentId a parent job
 * @param relatedObjects other objects the job concerns; {@code null} to send none
 * @param progressProcessed units processed so far
 * @param progressTotal units in all
 * @param message a status message
 * @param metadata free metadata; {@code null} to send none
 * @param jobContext free context; {@code null} to send none
 */
public record JobRequest(
    String title,
    JobType type,
    @Json(name = "custom_type") String customType,
    JobStatus status,
    @Json(name = "object_type") String objectType,
    @Json(name = "object_id") String objectId,
    @Json(name = "parent_id") String parentId,
    @Json(name = "related_objects") @Nullable List<RelatedObject> relatedObjects,
    @Json(name = "progress_processed") Long progressProcessed,
    @Json(name = "progress_total") Long progressTotal,
    String message,
    @Nullable Map<String, Object> metadata,
    @Json(name = "job_context") @Nullable Map<String, Object> jobContext) {

  /** Starts a job of {@code type} titled {@code title}, in status READY. */
  public static Builder builder(String title, JobType type) {
    return new Builder(title, type);
  }

  /** Builds a {@link JobRequest}. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final JobType type;
    private String customType;
    private JobStatus status = JobStatus.READY;
    private String objectType;
    private String objectId;
    private String parentId;
    private List<RelatedObject> relatedObjects;
    private Long progressProcessed;
    private Long progressTotal;
    private String message;
    private Map<String, Object> metadata;
    private Map<String, Object> jobContext;

    private Builder(String title, JobType type) {
      this.title = Objects.requireNonNull(title, "title == null");
      this.type = Objects.requireNonNull(type, "type == null");
      if (type == JobType.UNKNOWN) {
        throw new IllegalArgumentException("cannot create a job of type UNKNOWN");
      }
    }

    public Builder customType(String customType) {
      this.customType = customType;
      return this;
    }

    public Builder status(JobStatus status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /** The object the job works on, e.g. {@code ("assets", assetId)}. */
    public Builder object(String objectType, String objectId) {
      this.objectType = Objects.requireNonNull(objectType, "objectType == null");
      this.objectId = Objects.requireNonNull(objectId, "objectId == null");
      return this;
    }

    public Builder parentId(String parentId) {
      this.parentId = parentId;
      return this;
    }

    public Builder relatedObjects(List<RelatedObject> relatedObjects) {
      this.relatedObjects = List.copyOf(relatedObjects);
      return this;
    }

    public Builder progress(long processed, long total) {
      JobPatch.checkProgress(processed, total);
      this.progressProcessed = processed;
      this.progressTotal = total;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = Map.copyOf(metadata);
      return this;
    }

    public Builder jobContext(Map<String, Object> jobContext) {
      this.jobContext = Map.copyOf(jobContext);
      return this;
    }

    public JobRequest build() {
      return new JobRequest(title, type, customType, status, objectType, objectId, parentId, relatedObjects,
          progressProcessed, progressTotal, message, metadata, jobContext);
    }
  }
}
