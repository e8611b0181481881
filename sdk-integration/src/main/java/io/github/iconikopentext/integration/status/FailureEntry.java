package io.github.iconikopentext.integration.status;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure as the status view keeps it: which component saw it and which object it affects.
 *
 * @param component the part of the integration that saw it, e.g. {@code transfer}, {@code webhook},
 *     {@code metadata-sync}, {@code token}
 * @param instance the affected object (job id, asset id, transfer id, credential id), or {@code null}
 * @param failure the classified failure
 */
public record FailureEntry(String component, @Nullable String instance, ClassifiedFailure failure) {

  public FailureEntry {
    Objects.requireNonNull(component, "component == null");
    Objects.requireNonNull(failure, "failure == null");
  }

  /** This entry as an RFC 9457 problem. */
  public ProblemDetails problem() {
    return failure.toProblem(instance);
  }
}
