package io.github.iconikopentext.testkit;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * One webhook delivery the {@link IconikSimulator} attempted. Immutable.
 *
 * @param url where it went
 * @param payload the JSON body sent, in iconik's delivery shape
 * @param status the receiver's HTTP status, or {@code -1} if none was received
 * @param error why the delivery failed, or {@code null} when the receiver answered 2xx
 */
public record IconikWebhookDelivery(URI url, String payload, int status, @Nullable String error) {

  /** Whether the receiver answered 2xx. */
  public boolean succeeded() {
    return error == null;
  }
}
