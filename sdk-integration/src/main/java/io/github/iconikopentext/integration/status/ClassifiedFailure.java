package io.github.iconikopentext.integration.status;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure with its domain and a stable reason code, shaped so it can be shown as a condition or serialised as an
 * RFC 9457 problem ({@link ProblemDetails}).
 *
 * @param domain where the failure lies
 * @param reason a stable CamelCase code such as {@code NoOriginalFormat}, {@code ServerError},
 *     {@code RateLimitExhausted}, {@code Unauthorized}, {@code TokenRefreshFailed}
 * @param message a human-readable message; never contains a secret
 * @param httpStatus the remote HTTP status when the failure came from one, else {@code null}
 * @param requestId the request id of the failed remote call, else {@code null}
 * @param system {@code iconik}, {@code opentext} or {@code null} when not tied to a remote system
 * @param occurredAt when the failure was seen
 */
public record ClassifiedFailure(
    FailureDomain domain,
    String reason,
    String message,
    @Nullable Integer httpStatus,
    @Nullable String requestId,
    @Nullable String system,
    Instant occurredAt) {

  public ClassifiedFailure {
    Objects.requireNonNull(domain, "domain == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(occurredAt, "occurredAt == null");
  }

  /** This failure as an RFC 9457 problem; {@code instance} names the affected object (transfer id, asset id). */
  public ProblemDetails toProblem(String instance) {
    return ProblemDetails.of(this, instance);
  }
}
