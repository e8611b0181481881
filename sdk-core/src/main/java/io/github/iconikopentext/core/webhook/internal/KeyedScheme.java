package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.webhook.VerifiedWebhook;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import java.util.Map;

/** A signature scheme with its keys: verifies and signs. Immutable and thread-safe. */
public interface KeyedScheme {

  /**
   * Checks the headers and signature of one request. The caller has already checked the body size and checks replays
   * afterwards, with the returned message id.
   *
   * @throws io.github.iconikopentext.core.webhook.WebhookVerificationException when the request is not genuine
   */
  VerifiedWebhook verify(WebhookHeaders headers, byte[] body,
      TimestampPolicy timestamps);

  /**
   * The headers that make {@code body} verifiable. Schemes without a message id or timestamp ignore those.
   *
   * @return an unmodifiable map, in the order the headers are usually sent
   */
  Map<String, String> sign(String messageId, long epochSecond, byte[] body);
}
