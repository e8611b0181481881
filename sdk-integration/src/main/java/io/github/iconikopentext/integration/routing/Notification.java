package io.github.iconikopentext.integration.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link Notifier} announces: an asset reached a state that needs a person (e.g. review requested).
 *
 * @param id a unique id, the same for every retry of this notification (used as the Standard Webhooks message id)
 * @param event the asset-state event name, e.g. {@code ReviewRequested}
 * @param assetId the iconik asset
 * @param environment the environment the integration runs in
 * @param message a human-readable sentence
 * @param occurredAt when the event happened
 */
public record Notification(
    String id, String event, String assetId, String environment, String message, Instant occurredAt) {
  public Notification {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(occurredAt, "occurredAt == null");
  }
}
