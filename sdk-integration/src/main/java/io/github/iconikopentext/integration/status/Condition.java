package io.github.iconikopentext.integration.status;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;

/**
 * A Kubernetes-style condition: one aspect of the integration's health, e.g. {@code IconikReachable},
 * {@code CredentialsValid}, {@code TransfersHealthy}.
 *
 * @param type what the condition is about
 * @param status whether it holds
 * @param reason a stable CamelCase code for the last change
 * @param message a human-readable explanation; never a secret
 * @param lastTransitionTime when {@code status} last changed (not when it was last confirmed)
 */
public record Condition(String type, Status status, String reason, String message, Instant lastTransitionTime) {

  /** Whether a condition holds. */
  public enum Status {
    @Json(name = "True")
    TRUE,
    @Json(name = "False")
    FALSE,
    @Json(name = "Unknown")
    UNKNOWN
  }

  public Condition {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(lastTransitionTime, "lastTransitionTime == null");
  }
}
