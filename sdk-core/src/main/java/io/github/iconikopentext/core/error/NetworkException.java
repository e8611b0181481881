package io.github.iconikopentext.core.error;

/**
 * The request did not produce an HTTP response: connection refused or reset, DNS failure, timeout, or a response
 * cut off mid-stream. Idempotent calls that end with this exception were already retried per the retry policy.
 */
public final class NetworkException extends SdkException {
  private static final long serialVersionUID = 1L;

  public NetworkException(String message, Throwable cause) {
    super(message, cause);
  }
}
