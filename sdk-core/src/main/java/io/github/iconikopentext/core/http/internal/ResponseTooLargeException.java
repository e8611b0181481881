package io.github.iconikopentext.core.http.internal;

import java.io.IOException;

/**
 * A response body is longer than the client's maximum response size; raised while it is read, before it is held.
 * The SDK reports it as an {@link io.github.iconikopentext.core.error.InvalidResponseException}. Not part of the API.
 */
public final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  ResponseTooLargeException(long limit) {
    super("the response body is larger than the maximum response size of " + limit
        + " bytes (HttpOptions.maxResponseBytes)");
  }
}
