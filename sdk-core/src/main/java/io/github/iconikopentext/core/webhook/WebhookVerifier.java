package io.github.iconikopentext.core.webhook;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import io.github.iconikopentext.core.webhook.internal.KeyedScheme;
import io.github.iconikopentext.core.webhook.internal.TimestampPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies that a webhook request is genuine, recent and not a replay.
 *
 * <p>{@link #verify(WebhookHeaders, byte[])} checks, in this order, and throws a {@link WebhookVerificationException}
 * with the matching {@link Reason} at the first failure:
 * <ol>
 *   <li>the body is at most {@link Builder#maxBodyBytes(int) maxBodyBytes} long, before anything is hashed;
 *   <li>the scheme's headers are present (looked up case-insensitively) and readable;
 *   <li>the signed timestamp, if the scheme has one, lies within the tolerance of the clock in either direction;
 *   <li>some signature in the header matches some configured secret (rotation: old and new secret both verify;
 *       entries of unknown versions are skipped), compared in constant time;
 *   <li>the message id was not accepted before, according to the {@link ReplayGuard}. Only genuine messages reach
 *       the guard.
 * </ol>
 *
 * <p>The body must be the raw bytes as received. A body that was parsed and re-serialised, read line by line, or
 * decoded and re-encoded no longer matches its signature.
 *
 * <p>Immutable and thread-safe: build one per endpoint and share it. Verifying allocates no copy of the body.
 */
public final class WebhookVerifier {
  /** The default maximum body size: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  /** The default timestamp tolerance, in either direction: 5 minutes. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  /** The largest timestamp tolerance accepted: 365 days (beyond that a replay record could not be kept for it). */
  public static final Duration MAX_TOLERANCE = Duration.ofDays(365);
  /** How many message ids the default in-memory replay guard remembers. */
  public static final int DEFAULT_REPLAY_GUARD_ENTRIES = 10_000;
  /** How long the default guard remembers ids for schemes without a timestamp, which alone cannot expire a replay. */
  public static final Duration UNTIMED_REPLAY_RETENTION = Duration.ofHours(24);
  private static final int LARGEST_BODY = Integer.MAX_VALUE - 8;

  private final WebhookScheme scheme;
  private final KeyedScheme keyed;
  private final int secretCount;
  private final Duration tolerance;
  private final TimestampPolicy timestamps;
  private final int maxBodyBytes;
  private final ReplayGuard replayGuard;

  private WebhookVerifier(Builder b) {
    this.scheme = b.scheme;
    this.keyed = b.scheme.withSecrets(b.secrets, "verifier");
    this.secretCount = b.secrets.size();
    this.tolerance = b.tolerance;
    this.timestamps = new TimestampPolicy(b.clock, b.tolerance);
    this.maxBodyBytes = b.maxBodyBytes;
    this.replayGuard = b.replayGuard != null ? b.replayGuard : ReplayGuard.inMemory(DEFAULT_REPLAY_GUARD_ENTRIES,
        b.scheme.timestamped() ? b.tolerance.multipliedBy(2) : UNTIMED_REPLAY_RETENTION, b.clock);
  }

  /** A builder for a verifier of {@code scheme}; add at least one secret. */
  public static Builder builder(WebhookScheme scheme) {
    return new Builder(scheme);
  }

  /**
   * Verifies one request.
   *
   * @param headers the request headers, e.g. {@code request::getHeader}
   * @param body the raw body bytes exactly as received
   * @return what was verified: the message id and timestamp, where the scheme has them
   * @throws WebhookVerificationException when the request is not genuine, too old or new, too large, or replayed
   */
  public VerifiedWebhook verify(WebhookHeaders headers, byte[] body) {
    Objects.requireNonNull(headers, "headers == null");
    Objects.requireNonNull(body, "body == null");
    if (body.length > maxBodyBytes) {
      throw tooLarge("the body of " + body.length + " bytes");
    }
    VerifiedWebhook verified = keyed.verify(headers, body, timestamps);
    String messageId = verified.messageId().orElse(null);
    if (messageId != null && !replayGuard.tryRecord(messageId)) {
      throw new WebhookVerificationException(Reason.REPLAYED, "a message with this " + scheme.name()
          + " id was already accepted: a replayed request or a redelivery of a processed message");
    }
    return verified;
  }

  /** Like {@link #verify(WebhookHeaders, byte[])}, with headers from a map whose keys may be in any case. */
  public VerifiedWebhook verify(Map<String, String> headers, byte[] body) {
    return verify(WebhookHeaders.of(headers), body);
  }

  /**
   * Like {@link #verify(WebhookHeaders, byte[])} for a body held as text. The text must be exactly the received
   * body decoded as UTF-8 — not a re-serialised or reformatted copy — or the signature will not match. Prefer the
   * {@code byte[]} overload: this one encodes the text back to bytes.
   */
  public VerifiedWebhook verify(WebhookHeaders headers, String body) {
    Objects.requireNonNull(body, "body == null");
    if (body.length() > maxBodyBytes) {
      // Every char is at least one UTF-8 byte: too large without encoding it.
      throw tooLarge("the body of " + body.length() + " characters");
    }
    return verify(headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a request body, stopping as soon as it exceeds the maximum size, so an oversized request costs at most
   * {@code maxBodyBytes + 1} bytes of memory. Does not close the stream.
   *
   * @throws WebhookVerificationException with {@link Reason#BODY_TOO_LARGE} when the body is too large
   * @throws IOException when reading fails
   */
  public byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(maxBodyBytes + 1);
    if (body.length > maxBodyBytes) {
      throw tooLarge("the body");
    }
    return body;
  }

  public WebhookScheme scheme() {
    return scheme;
  }

  public Duration tolerance() {
    return tolerance;
  }

  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  public ReplayGuard replayGuard() {
    return replayGuard;
  }

  private WebhookVerificationException tooLarge(String what) {
    return new WebhookVerificationException(Reason.BODY_TOO_LARGE,
        what + " exceeds the maximum of " + maxBodyBytes + " bytes; it was not hashed");
  }

  @Override
  public String toString() {
    return "WebhookVerifier[scheme=" + scheme + ", secrets=" + secretCount + ", tolerance=" + tolerance
        + ", maxBodyBytes=" + maxBodyBytes + ", replayGuard=" + replayGuard + "]";
  }

  /** Builds a {@link WebhookVerifier}. Not thread-safe. */
  public static final class Builder {
    private final WebhookScheme scheme;
    private final List<Secret> secrets = new ArrayList<>();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private ReplayGuard replayGuard;

    private Builder(WebhookScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme == null");
    }

    /**
     * Adds an active secret. During rotation add both the new and the old one; a request signed with either is
     * accepted. Secrets are tried in the order added, so add the newest first.
     */
    public Builder secret(Secret secret) {
      secrets.add(Objects.requireNonNull(secret, "secret == null"));
      return this;
    }

    /** Adds several active secrets, in order. */
    public Builder secrets(Collection<Secret> secrets) {
      Objects.requireNonNull(secrets, "secrets == null").forEach(this::secret);
      return this;
    }

    /**
     * How far a signed timestamp may lie from the clock, in the past or the future; default 5 minutes.
     *
     * @throws IllegalArgumentException if it is shorter than one second or longer than {@link #MAX_TOLERANCE}
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance == null");
      if (tolerance.isNegative() || tolerance.toSeconds() < 1) {
        throw new IllegalArgumentException("tolerance must be at least one second: " + tolerance);
      }
      if (tolerance.compareTo(MAX_TOLERANCE) > 0) {
        throw new IllegalArgumentException("tolerance must be at most " + MAX_TOLERANCE.toDays() + " days: "
            + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /** The clock timestamps are checked against; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The largest body accepted, in bytes; default 1 MiB. Larger bodies are rejected before hashing. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1 || maxBodyBytes > LARGEST_BODY) {
        throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + LARGEST_BODY + ": "
            + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Where accepted message ids are remembered. Default: in memory, 10 000 ids,
     * each kept for twice the tolerance (schemes with a timestamp) or 24 hours (schemes without), on this builder's
     * clock. Share one guard between the receivers of a fleet; {@link ReplayGuard#none()} turns the check off.
     */
    public Builder replayGuard(ReplayGuard replayGuard) {
      this.replayGuard = Objects.requireNonNull(replayGuard, "replayGuard == null");
      return this;
    }

    /**
     * @throws ConfigurationException when no secret was added or a secret does not fit the scheme (a bare
     *     {@code whsec_}, undecodable base64); the message names the secret by position, never by value
     */
    public WebhookVerifier build() {
      return new WebhookVerifier(this);
    }
  }
}
