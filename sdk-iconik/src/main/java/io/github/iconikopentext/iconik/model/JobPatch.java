package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;

/**
 * A change to a job, sent as a PATCH: only the fields set are written. Progress is written as
 * {@code progress_processed}/{@code progress_total}; iconik computes the read-only {@code progress} from them.
 * Immutable; build with {@link #builder()} or the shortcuts.
 *
 * @param status the new status
 * @param progressProcessed units processed
 * @param progressTotal units in all
 * @param message a status message
 * @param errorMessage the error, for failed jobs
 * @param startedAt when the job started
 * @param completedAt when it completed
 */
public record JobPatch(
    JobStatus status,
    @Json(name = "progress_processed") Long progressProcessed,
    @Json(name = "progress_total") Long progressTotal,
    String message,
    @Json(name = "error_message") String errorMessage,
    @Json(name = "started_at") Instant startedAt,
    @Json(name = "completed_at") Instant completedAt) {

  /** Only a new status. */
  public static JobPatch status(JobStatus status) {
    return builder().status(status).build();
  }

  /** Only progress: {@code processed} of {@code total} units. */
  public static JobPatch progress(long processed, long total) {
    return builder().progress(processed, total).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  static void checkProgress(long processed, long total) {
    if (processed < 0 || total < 0 || processed > total) {
      throw new IllegalArgumentException(
          "progress must satisfy 0 <= processed <= total, was " + processed + " of " + total);
    }
  }

  /** Builds a {@link JobPatch}. Not thread-safe. */
  public static final class Builder {
    private JobStatus status;
    private Long progressProcessed;
    private Long progressTotal;
    private String message;
    private String errorMessage;
    private Instant startedAt;
    private Instant completedAt;

    private Builder() {}

    public Builder status(JobStatus status) {
      this.status = Objects.requireNonNull(status, "status == null");
      if (status == JobStatus.UNKNOWN) {
        throw new IllegalArgumentException("cannot set a job's status to UNKNOWN");
      }
      return this;
    }

    public Builder progress(long processed, long total) {
      checkProgress(processed, total);
      this.progressProcessed = processed;
      this.progressTotal = total;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder errorMessage(String errorMessage) {
      this.errorMessage = errorMessage;
      return this;
    }

    public Builder startedAt(Instant startedAt) {
      this.startedAt = startedAt;
      return this;
    }

    public Builder completedAt(Instant completedAt) {
      this.completedAt = completedAt;
      return this;
    }

    public JobPatch build() {
      return new JobPatch(status, progressProcessed, progressTotal, message, errorMessage, startedAt, completedAt);
    }
  }
}
