package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Two-sided timestamp tolerance: a signed timestamp is accepted when it lies within {@code tolerance} of the clock,
 * in either direction, edges included. Immutable.
 */
public final class TimestampPolicy {
  /** Twelve digits reach the year 33658; more is not a timestamp and could overflow. */
  private static final int MAX_DIGITS = 12;

  private final Clock clock;
  private final long toleranceSeconds;

  public TimestampPolicy(Clock clock, Duration tolerance) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.toleranceSeconds = tolerance.toSeconds();
  }

  /**
   * Parses a timestamp in whole seconds since the epoch, as sent in {@code header}, and checks the tolerance.
   *
   * @throws WebhookVerificationException MALFORMED_HEADER, TIMESTAMP_TOO_OLD or TIMESTAMP_TOO_NEW
   */
  Instant check(String header, String text) {
    long seconds = parseSeconds(header, text);
    long age = clock.instant().getEpochSecond() - seconds;
    if (age > toleranceSeconds) {
      throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_OLD, "timestamp " + seconds + " in header "
          + header + " is " + age + " s old; the tolerance is " + toleranceSeconds
          + " s (a replayed request, a long-queued delivery, or a clock out of sync)");
    }
    if (-age > toleranceSeconds) {
      throw new WebhookVerificationException(Reason.TIMESTAMP_TOO_NEW, "timestamp " + seconds + " in header "
          + header + " is " + -age + " s in the future; the tolerance is " + toleranceSeconds
          + " s (the sender's or this receiver's clock is out of sync)");
    }
    return Instant.ofEpochSecond(seconds);
  }

  private static long parseSeconds(String header, String text) {
    if (text.isEmpty() || text.length() > MAX_DIGITS) {
      throw Failures.malformed(header, "is not a timestamp in whole seconds since the epoch");
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw Failures.malformed(header, "is not a timestamp in whole seconds since the epoch");
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
