package io.github.iconikopentext.core.webhook;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.webhook.internal.KeyedScheme;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Produces the headers that authenticate a webhook body under one {@link WebhookScheme}: for relaying events
 * onward, and for testing receivers.
 *
 * <p>With several secrets, schemes that carry several signatures (Standard Webhooks, Stripe-style) sign with each,
 * so receivers that know either the old or the new secret accept the message; GitHub-style and shared-secret carry
 * one, from the first secret. For the shared-secret scheme the returned header value <em>is</em> the secret: the
 * returned map masks it in {@code toString()}, but do not log its values.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookSigner {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NEW_SECRET_BYTES = 32;

  private final WebhookScheme scheme;
  private final KeyedScheme keyed;
  private final Clock clock;

  private WebhookSigner(Builder b) {
    this.scheme = b.scheme;
    this.keyed = b.scheme.withSecrets(b.secrets, "signer");
    this.clock = b.clock;
  }

  public static Builder builder(WebhookScheme scheme) {
    return new Builder(scheme);
  }

  /**
   * A new random Standard Webhooks secret: {@code whsec_} and 32 random bytes in base64. Give it to the receiver
   * once, over a secure channel.
   */
  public static Secret newStandardWebhooksSecret() {
    byte[] key = new byte[NEW_SECRET_BYTES];
    RANDOM.nextBytes(key);
    return Secret.of("whsec_" + Base64.getEncoder().encodeToString(key));
  }

  /**
   * The headers for {@code body}, sent as message {@code messageId} at {@code timestamp}. Schemes without a message
   * id or a timestamp ignore those arguments.
   *
   * @param messageId a unique id, the same for every retry of this message; printable ASCII without spaces
   * @param timestamp the signing time; whole seconds are signed
   * @return an unmodifiable map from header name to value
   */
  public Map<String, String> sign(String messageId, Instant timestamp, byte[] body) {
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(body, "body == null");
    if (timestamp.getEpochSecond() < 0) {
      throw new IllegalArgumentException("timestamp is before 1970: " + timestamp);
    }
    return keyed.sign(checkMessageId(messageId), timestamp.getEpochSecond(), body);
  }

  /** The headers for {@code body} as a new message: a random id ({@code msg_…}) and the clock's current time. */
  public Map<String, String> sign(byte[] body) {
    return sign("msg_" + UUID.randomUUID().toString().replace("-", ""), clock.instant(), body);
  }

  public WebhookScheme scheme() {
    return scheme;
  }

  private static String checkMessageId(String messageId) {
    Objects.requireNonNull(messageId, "messageId == null");
    if (messageId.isEmpty()) {
      throw new IllegalArgumentException("messageId is empty");
    }
    for (int i = 0; i < messageId.length(); i++) {
      char c = messageId.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new IllegalArgumentException("messageId must be printable ASCII without spaces: '" + messageId + "'");
      }
    }
    return messageId;
  }

  @Override
  public String toString() {
    return "WebhookSigner[scheme=" + scheme + "]";
  }

  /** Builds a {@link WebhookSigner}. Not thread-safe. */
  public static final class Builder {
    private final WebhookScheme scheme;
    private final List<Secret> secrets = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Builder(WebhookScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme == null");
    }

    /** Adds a signing secret; the first added is the current one. */
    public Builder secret(Secret secret) {
      secrets.add(Objects.requireNonNull(secret, "secret == null"));
      return this;
    }

    /** Adds several signing secrets, in order. */
    public Builder secrets(Collection<Secret> secrets) {
      Objects.requireNonNull(secrets, "secrets == null").forEach(this::secret);
      return this;
    }

    /** The clock {@link #sign(byte[])} takes the time from; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** @throws ConfigurationException when no secret was added or a secret does not fit the scheme */
    public WebhookSigner build() {
      return new WebhookSigner(this);
    }
  }
}
