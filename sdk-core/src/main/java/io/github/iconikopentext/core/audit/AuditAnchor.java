package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.audit.internal.ChainFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact about a hash-chained audit log kept somewhere its host cannot rewrite: the sequence number of a checkpoint
 * the log is known to have reached and, usually, the SHA-256 of that checkpoint's line. Sinks publish one for every
 * checkpoint that is on disk or committed (see {@link AuditAnchorPublisher}); give the latest one you kept to
 * {@link AuditLogVerifier.Builder#anchor(AuditAnchor)}, and a log cut back to an earlier checkpoint — which verifies
 * perfectly on its own — is reported {@linkplain AuditLogVerification.Kind#TRUNCATED truncated}, and a log rewritten
 * and re-signed from before the anchor is reported {@linkplain AuditLogVerification.Kind#EDITED edited}.
 *
 * <p>Text form ({@link #toString()}, {@link #parse(String)}): {@code <sequence>:<hash>}, or {@code <sequence>} alone
 * for a minimum sequence without a hash, e.g. {@code 1216:9f86d0…0a08}. Not secret: it reveals neither the key nor
 * the records. Immutable and thread-safe.
 */
public final class AuditAnchor {
  private final long sequence;
  private final String hash;

  private AuditAnchor(long sequence, String hash) {
    this.sequence = sequence;
    this.hash = hash;
  }

  /**
   * The checkpoint with {@code sequence} whose line hashes to {@code hash}.
   *
   * @param hash the SHA-256 of the line, 64 hex digits in either case
   * @throws IllegalArgumentException if the sequence is below 1 or the hash is not 64 hex digits
   */
  public static AuditAnchor of(long sequence, String hash) {
    Objects.requireNonNull(hash, "hash == null");
    String lower = hash.toLowerCase(Locale.ROOT);
    if (!ChainFormat.isHash(lower)) {
      throw new IllegalArgumentException("an audit anchor's hash must be 64 hex digits (a SHA-256), not "
          + hash.length() + " characters");
    }
    return new AuditAnchor(checkSequence(sequence), lower);
  }

  /**
   * Only a minimum: the log is known to have reached {@code sequence}, nothing more. Catches truncation, not a log
   * rewritten beyond that sequence.
   *
   * @throws IllegalArgumentException if the sequence is below 1
   */
  public static AuditAnchor minimumSequence(long sequence) {
    return new AuditAnchor(checkSequence(sequence), null);
  }

  /**
   * Reads the text form: {@code <sequence>:<hash>} or {@code <sequence>}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static AuditAnchor parse(String text) {
    Objects.requireNonNull(text, "text == null");
    String trimmed = text.strip();
    int colon = trimmed.indexOf(':');
    String digits = colon < 0 ? trimmed : trimmed.substring(0, colon);
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("an audit anchor is <sequence>:<sha256 hex> or <sequence>, with a decimal "
          + "sequence of at most 18 digits; '" + (digits.length() > 24 ? digits.substring(0, 24) + "…" : digits)
          + "' is not one");
    }
    long sequence = Long.parseLong(digits);
    return colon < 0 ? minimumSequence(sequence) : of(sequence, trimmed.substring(colon + 1));
  }

  /** The sequence number the log must reach. */
  public long sequence() {
    return sequence;
  }

  /** The SHA-256 (lower-case hex) of the record at {@link #sequence()}, if known. */
  public Optional<String> hash() {
    return Optional.ofNullable(hash);
  }

  private static long checkSequence(long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("an audit anchor's sequence starts at 1: " + sequence);
    }
    return sequence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditAnchor a && a.sequence == sequence && Objects.equals(a.hash, hash);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sequence) * 31 + Objects.hashCode(hash);
  }

  /** The text form, {@code <sequence>:<hash>} or {@code <sequence>}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return hash == null ? Long.toString(sequence) : sequence + ":" + hash;
  }
}
