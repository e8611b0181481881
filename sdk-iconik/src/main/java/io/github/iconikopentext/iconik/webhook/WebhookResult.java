package io.github.iconikopentext.iconik.webhook;

import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IconikWebhookHandler#handle} did with a request, and the HTTP status to answer iconik with.
 * {@link #detail()} is safe to log: it never holds a secret or the body. Immutable.
 *
 * @param outcome how the request ended
 * @param detail what happened, for a person
 * @param verificationFailure why verification failed, for {@link Outcome#UNAUTHORIZED} and {@link Outcome#TOO_LARGE};
 *     {@code null} otherwise (see {@link #rejection()})
 */
public record WebhookResult(Outcome outcome, String detail, WebhookVerificationException.Reason verificationFailure) {

  /** The ways a request can end, each with the status a receiver should answer. */
  public enum Outcome {
    /** Verified, parsed and dispatched to the listeners (possibly none). */
    ACCEPTED(200),
    /** A redelivery of a request already accepted: answered 2xx so iconik stops retrying, not dispatched again. */
    DUPLICATE(200),
    /** The body is not a JSON object of the expected shape. */
    MALFORMED(400),
    /** Verification failed: missing or wrong shared secret (or signature). */
    UNAUTHORIZED(401),
    /** Genuine, but from another iconik domain than the one configured. */
    WRONG_DOMAIN(403),
    /** The body is larger than the configured maximum; it was not read further. */
    TOO_LARGE(413),
    /** A listener threw; the request id was released so iconik's retry is processed. */
    LISTENER_FAILED(500);

    private final int httpStatus;

    Outcome(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    public int httpStatus() {
      return httpStatus;
    }
  }

  public WebhookResult {
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(detail, "detail == null");
  }

  /** A result that did not fail verification. */
  public WebhookResult(Outcome outcome, String detail) {
    this(outcome, detail, null);
  }

  /** Why verification rejected the request, if it did: the finer reason behind a 401 or 413. */
  public Optional<WebhookVerificationException.Reason> rejection() {
    return Optional.ofNullable(verificationFailure);
  }

  /** The HTTP status to answer: 2xx when iconik should not retry. */
  public int httpStatus() {
    return outcome.httpStatus();
  }
}
