package io.github.iconikopentext.core.webhook;

import io.github.iconikopentext.core.error.SdkException;
import java.util.Objects;

/**
 * A webhook request failed verification. {@link #reason()} says why, as a code a receiver can map to an HTTP status
 * (see {@link Reason}); the message explains it for a person. The message never contains a secret, a signature or any
 * part of the body. Immutable.
 */
public final class WebhookVerificationException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** Why verification failed. */
  public enum Reason {
    /** A header the scheme requires was not sent. */
    MISSING_HEADER,
    /** A header was sent but cannot be read: no parsable signature, a non-numeric timestamp, sent twice. */
    MALFORMED_HEADER,
    /** The signed timestamp is further in the past than the tolerance allows. */
    TIMESTAMP_TOO_OLD,
    /** The signed timestamp is further in the future than the tolerance allows. */
    TIMESTAMP_TOO_NEW,
    /** No signature (or shared secret) matches any configured secret: forged, wrong secret, or a modified body. */
    NO_MATCHING_SIGNATURE,
    /** A genuine message whose id was already accepted: a replay or a redelivery. */
    REPLAYED,
    /** The body is larger than the configured maximum; it was rejected before hashing. */
    BODY_TOO_LARGE
  }

  private final Reason reason;

  public WebhookVerificationException(Reason reason, String message) {
    super("webhook verification failed (" + Objects.requireNonNull(reason, "reason == null") + "): " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
