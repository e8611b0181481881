package io.github.iconikopentext.core.error;

/**
 * Root of every exception the SDK throws. Unchecked, so callers catch what they can handle and let the rest
 * propagate.
 *
 * <p>Contract: messages name the operation and, for remote failures, the HTTP status and request id. They never
 * contain a secret (token, password, client secret) or a request or response payload beyond a short, redacted
 * excerpt. Instances are immutable and safe to share between threads.
 */
public class SdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SdkException(String message) {
    super(message);
  }

  public SdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
