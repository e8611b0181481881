package io.github.iconikopentext.core.error;

import java.time.Duration;
import java.util.Optional;

/**
 * 429 Too Many Requests, after the retry policy was exhausted (or for a call that may not be retried).
 * {@link #retryAfter()} is the server's {@code Retry-After} hint, when it sent one.
 */
public final class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitException(
      String method, String path, String requestId, ErrorDetails details, Duration retryAfter) {
    super(429, method, path, requestId, details);
    this.retryAfter = retryAfter;
  }

  /** How long the server asked the client to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
