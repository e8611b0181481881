package io.github.iconikopentext.core.error;

import java.time.Duration;
import java.util.Optional;

/** A 5xx status: the server or a gateway in front of it failed. Idempotent calls were retried per the retry policy. */
public final class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public ServerException(int statusCode, String method, String path, String requestId, ErrorDetails details) {
    this(statusCode, method, path, requestId, details, null);
  }

  public ServerException(
      int statusCode, String method, String path, String requestId, ErrorDetails details, Duration retryAfter) {
    super(statusCode, method, path, requestId, details);
    this.retryAfter = retryAfter;
  }

  /** The server's {@code Retry-After} hint (common with 503), if it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
