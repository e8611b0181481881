package io.github.iconikopentext.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a call ended, as told to {@link CallListener#callEnd} and {@link CallListener#callFailed}.
 *
 * @param status the HTTP status of the last response, or {@link #NO_STATUS} when the last attempt got none
 *     (network failure, deadline, client-side rate limit)
 * @param attempts how many attempts were made (at least 1 once anything was sent; 0 if none was)
 * @param duration from {@link CallListener#callStart} to the end, waits and retries included
 * @param requestBytes the request body's length in bytes, or -1 if unknown
 * @param responseBytes the last response body's length in bytes as the server declared it, or -1 if unknown
 * @param requestId the server's request id ({@code X-Request-ID}), if a response carried one
 */
public record CallSummary(
    int status, int attempts, Duration duration, long requestBytes, long responseBytes, Optional<String> requestId) {
  /** The {@link #status()} of a call whose last attempt got no HTTP response. */
  public static final int NO_STATUS = -1;

  public CallSummary {
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(requestId, "requestId == null");
  }

  /** Whether the last attempt got an HTTP response. */
  public boolean hasStatus() {
    return status != NO_STATUS;
  }
}
