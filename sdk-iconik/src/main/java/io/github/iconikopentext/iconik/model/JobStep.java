package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a job, as read and as written when updating steps. Immutable.
 *
 * @param id the step id (required when updating several steps at once)
 * @param label the label shown in iconik
 * @param status the step's status
 * @param message a status message
 * @param errorMessage the error, for failed steps
 * @param dateUpdated when the step last changed (read-only)
 */
public record JobStep(
    @Nullable String id,
    @Nullable String label,
    @Nullable JobStepStatus status,
    @Nullable String message,
    @Json(name = "error_message") @Nullable String errorMessage,
    @Json(name = "date_updated") @Nullable Instant dateUpdated) {

  /** A step to write: id, label and status. */
  public static JobStep of(String id, String label, JobStepStatus status) {
    return new JobStep(Objects.requireNonNull(id, "id == null"), Objects.requireNonNull(label, "label == null"),
        Objects.requireNonNull(status, "status == null"), null, null, null);
  }

  /** A copy with a message. */
  public JobStep withMessage(String text) {
    return new JobStep(id, label, status, text, errorMessage, null);
  }
}
