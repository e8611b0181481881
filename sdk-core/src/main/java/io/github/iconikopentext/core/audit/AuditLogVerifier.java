package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.audit.internal.ChainVerifier;
import io.github.iconikopentext.core.audit.internal.VerifierSettings;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks a log written by {@link JsonLinesAuditSink} and reports the first bad record: {@linkplain
 * AuditLogVerification.Kind#EDITED edited}, {@linkplain AuditLogVerification.Kind#DELETED deleted}, {@linkplain
 * AuditLogVerification.Kind#INSERTED inserted}, {@linkplain AuditLogVerification.Kind#REORDERED reordered},
 * {@linkplain AuditLogVerification.Kind#TRUNCATED truncated} short of its anchor, {@linkplain
 * AuditLogVerification.Kind#UNCLOSED unclosed}, or a {@linkplain AuditLogVerification.Kind#TORN_LAST_LINE torn last
 * line} from a crash (the last two are not tampering).
 *
 * <p>It recomputes every record's hash, follows the chain, and checks every checkpoint's HMAC with the keys it was
 * given (by key id, so logs spanning a key rotation verify when given all their keys). The hash chain alone shows
 * careless edits; the signed checkpoints show an attacker who recomputed the chain, because they cannot sign. It
 * reads the file once, streaming, in constant memory.
 *
 * <p><b>The anchor.</b> On its own a log proves only what it contains: cut back to an earlier checkpoint (even to an
 * earlier session's closing checkpoint), it verifies as intact. Given an {@link Builder#anchor(AuditAnchor) anchor}
 * — the sequence and hash of a checkpoint that the sink published off the host — the verifier also requires the log
 * to reach that sequence, with that exact record there. {@code docs/audit.md} specifies the format for independent
 * verifiers.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuditLogVerifier {
  private final ChainVerifier verifier;

  private AuditLogVerifier(Builder b) {
    this.verifier = b.settings.build(b.expectClosed, "audit log");
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies the log at {@code log}.
   *
   * @throws AuditException if the file does not exist or cannot be read (a problem with its content is a result,
   *     not an exception)
   */
  public AuditLogVerification verify(Path log) {
    return verifier.verify(Objects.requireNonNull(log, "log == null"));
  }

  /** Builds an {@link AuditLogVerifier}. Not thread-safe. */
  public static final class Builder {
    private final VerifierSettings settings = new VerifierSettings();
    private boolean expectClosed = true;

    private Builder() {}

    /**
     * Adds a checkpoint key: its id names it in checkpoints, its secret is the HMAC key.
     *
     * @throws AuditException if the key is shorter than 32 bytes
     */
    public Builder key(Credential key) {
      settings.key(key);
      return this;
    }

    /** Adds the key {@code provider} supplies now. */
    public Builder key(CredentialsProvider provider) {
      return key(Objects.requireNonNull(provider, "provider == null").resolveCredential());
    }

    /**
     * Whether the log must end with the checkpoint a closing writer adds (default {@code true}). Pass {@code false}
     * to verify a log that is still being written; records after its last checkpoint are then accepted.
     */
    public Builder expectClosed(boolean expectClosed) {
      this.expectClosed = expectClosed;
      return this;
    }

    /**
     * What the log is known to have reached, kept off the host (see {@link AuditAnchorPublisher}): the log must
     * contain that sequence — else it is {@linkplain AuditLogVerification.Kind#TRUNCATED truncated} — and, when the
     * anchor has a hash, that exact record there — else {@linkplain AuditLogVerification.Kind#EDITED edited}.
     */
    public Builder anchor(AuditAnchor anchor) {
      settings.anchor(anchor);
      return this;
    }

    /**
     * Whether a checkpoint signed with a key id the verifier was not given, after checkpoints that verified, is only
     * {@linkplain AuditLogVerification.Kind#UNVERIFIABLE unverifiable} (default {@code false}: it is reported as
     * {@linkplain AuditLogVerification.Kind#EDITED edited}, since a forger without the key would write exactly that).
     * Allow it only while you cannot supply every key a rotating writer used.
     */
    public Builder allowUnknownKeys(boolean allow) {
      settings.allowUnknownKeys(allow);
      return this;
    }

    /** @throws ConfigurationException if no key was given */
    public AuditLogVerifier build() {
      return new AuditLogVerifier(this);
    }
  }
}
