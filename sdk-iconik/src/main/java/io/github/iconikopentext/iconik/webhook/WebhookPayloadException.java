package io.github.iconikopentext.iconik.webhook;

import io.github.iconikopentext.core.error.SdkException;

/**
 * The body of an iconik webhook delivery or custom-action POST could not be read: not JSON, not a JSON object, or a
 * member of the wrong JSON type. The message names the problem and its JSON path, never the body. Immutable.
 */
public final class WebhookPayloadException extends SdkException {
  private static final long serialVersionUID = 1L;

  public WebhookPayloadException(String message, Throwable cause) {
    super(message, cause);
  }
}
