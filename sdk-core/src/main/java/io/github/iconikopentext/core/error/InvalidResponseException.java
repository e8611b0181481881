package io.github.iconikopentext.core.error;

import java.util.Objects;

/**
 * The server answered with a success status but a body the SDK could not read: malformed JSON, an unexpected JSON
 * type, or an empty body where one was required. {@link #excerpt()} holds the start of the body, truncated and with
 * secret-looking values masked, for diagnostics.
 */
public final class InvalidResponseException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String excerpt;

  public InvalidResponseException(String message, String excerpt, Throwable cause) {
    super(message + (excerpt.isEmpty() ? "" : " (body starts: " + excerpt + ")"), cause);
    this.excerpt = Objects.requireNonNull(excerpt, "excerpt == null");
  }

  /** The truncated, redacted start of the offending body; empty when the body was empty. */
  public String excerpt() {
    return excerpt;
  }
}
