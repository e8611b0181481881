package io.github.iconikopentext.core.credentials;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A credential: a non-secret id that logs and audit records may show, and the secret that proves it.
 *
 * <p>For iconik the id is the App-ID and the secret the Auth-Token; for OpenText the id is the OAuth client id and
 * the secret its client secret (or, for an issued access token, the token). {@code toString()} never shows the
 * secret.
 *
 * @param id the non-secret identifier (App-ID, client id); shown in logs and audit events
 * @param secret the secret value
 * @param expiresAt when the secret stops being valid, or {@code null} if it does not expire (or is not known to)
 * @param version an optional non-secret version label (e.g. a rotation counter), or {@code null}
 */
public record Credential(String id, Secret secret, @Nullable Instant expiresAt, @Nullable String version) {

  public Credential {
    Objects.requireNonNull(id, "credential id == null");
    Objects.requireNonNull(secret, "credential secret == null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("credential id is empty");
    }
  }

  /** A credential that does not expire and has no version. */
  public static Credential of(String id, Secret secret) {
    return new Credential(id, secret, null, null);
  }

  /** A copy of this credential that expires at {@code expiresAt}. */
  public Credential withExpiry(Instant expiresAt) {
    return new Credential(id, secret, expiresAt, version);
  }

  /** Whether the secret is expired at {@code now}; never true for a credential without expiry. */
  public boolean isExpiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
