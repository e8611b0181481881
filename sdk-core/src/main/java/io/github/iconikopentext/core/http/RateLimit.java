package io.github.iconikopentext.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * A client-side request rate limit, so bulk jobs slow down instead of collecting 429s. Enforced per client instance
 * (one instance per host and credential) with a resilience4j rate limiter, before every attempt including retries.
 *
 * @param permitsPerSecond the sustained rate
 * @param burst how many requests may go at once after a quiet period (at least 1)
 * @param maxWait how long a call may wait for a permit before failing with a rate-limit error
 */
public record RateLimit(double permitsPerSecond, int burst, Duration maxWait) {

  public RateLimit {
    if (!(permitsPerSecond > 0)) {
      throw new IllegalArgumentException("permitsPerSecond must be > 0: " + permitsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst < 1: " + burst);
    }
    Objects.requireNonNull(maxWait, "maxWait == null");
  }

  /** {@code permits} per second, a burst of the same size, waiting up to 5 minutes. */
  public static RateLimit perSecond(double permits) {
    return new RateLimit(permits, Math.max(1, (int) Math.ceil(permits)), Duration.ofMinutes(5));
  }

  public RateLimit withBurst(int burstSize) {
    return new RateLimit(permitsPerSecond, burstSize, maxWait);
  }

  public RateLimit withMaxWait(Duration wait) {
    return new RateLimit(permitsPerSecond, burst, wait);
  }

  /** The resilience4j refresh period: {@code burst} permits are granted per period. */
  public Duration refreshPeriod() {
    return Duration.ofNanos((long) (burst * 1_000_000_000d / permitsPerSecond));
  }
}
