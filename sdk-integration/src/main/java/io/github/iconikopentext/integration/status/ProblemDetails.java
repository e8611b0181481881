package io.github.iconikopentext.integration.status;

import java.util.Locale;

/**
 * An RFC 9457 problem-details object for a {@link ClassifiedFailure}, with the SDK's extension members.
 *
 * <p>{@code type} is {@code urn:iconik-opentext:problem:<domain>:<reason>} (lower-case domain, the reason code as
 * is), so consumers can switch on it without parsing the message.
 *
 * @param type a URI identifying the problem kind
 * @param title a short summary of the kind, e.g. {@code ENDPOINT: ServerError}
 * @param status the HTTP status of the failed remote call, if any
 * @param detail the human-readable message
 * @param instance the affected object (transfer id, asset id, job id), if any
 * @param domain extension: the failure domain
 * @param reason extension: the stable reason code
 * @param requestId extension: the failed call's request id, if any
 * @param system extension: iconik or opentext, if any
 * @param occurredAt extension: ISO-8601 time the failure was seen
 */
public record ProblemDetails(
    String type,
    String title,
    Integer status,
    String detail,
    String instance,
    FailureDomain domain,
    String reason,
    String requestId,
    String system,
    String occurredAt) {

  /** The problem for {@code failure} affecting {@code instance} (may be null). */
  public static ProblemDetails of(ClassifiedFailure failure, String instance) {
    return new ProblemDetails(
        "urn:iconik-opentext:problem:" + failure.domain().name().toLowerCase(Locale.ROOT) + ":" + failure.reason(),
        failure.domain() + ": " + failure.reason(),
        failure.httpStatus(),
        failure.message(),
        instance,
        failure.domain(),
        failure.reason(),
        failure.requestId(),
        failure.system(),
        failure.occurredAt().toString());
  }
}
