package io.github.iconikopentext.core.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WebhookVerifier#verify} established about a genuine request. Immutable.
 */
public final class VerifiedWebhook {
  private final String messageId;
  private final Instant timestamp;

  private VerifiedWebhook(String messageId, Instant timestamp) {
    this.messageId = messageId;
    this.timestamp = timestamp;
  }

  /**
   * @param messageId the replay key, or {@code null} when the scheme has none
   * @param timestamp the signed timestamp, or {@code null} when the scheme signs none
   */
  public static VerifiedWebhook of(String messageId, Instant timestamp) {
    return new VerifiedWebhook(messageId, timestamp);
  }

  /**
   * The key under which the {@link ReplayGuard} recorded this message: the scheme's signed message id
   * ({@code webhook-id}) or, for schemes that sign none (Stripe-style, GitHub-style), the matching signature in
   * lower-case hex. Empty for the
   * shared-secret scheme, which identifies no message. Pass it to {@link ReplayGuard#forget(String)} when processing
   * fails and the sender's redelivery should be accepted.
   */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }

  /** The signed timestamp, for schemes that sign one. */
  public Optional<Instant> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifiedWebhook v && Objects.equals(messageId, v.messageId)
        && Objects.equals(timestamp, v.timestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messageId, timestamp);
  }

  @Override
  public String toString() {
    return "VerifiedWebhook[messageId=" + messageId + ", timestamp=" + timestamp + "]";
  }
}
