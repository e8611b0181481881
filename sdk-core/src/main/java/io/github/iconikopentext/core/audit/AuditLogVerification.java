package io.github.iconikopentext.core.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuditLogVerifier} found in a log: how much of it verified and, if something is wrong, the first bad
 * record. Immutable and thread-safe.
 *
 * @param records complete records verified (events and checkpoints) before the first problem, or in all
 * @param events event records among them
 * @param checkpoints checkpoint records among them
 * @param lastSequence the sequence number of the last verified record; 0 if none verified
 * @param closed whether the verified part ends with the checkpoint a writer adds when it closes the log
 * @param uncleanRestarts how often a writer reopened the log after the previous one had not closed it (a crash, a
 *     kill): recorded in signed checkpoints, so not tampering, but worth an auditor's attention
 * @param lastCheckpoint the anchor of the last verified checkpoint: keep it off the host and pass it to the next
 *     verification ({@link AuditLogVerifier.Builder#anchor(AuditAnchor)}) so that a later cut back to before it shows
 * @param problem the first problem, if any
 */
public record AuditLogVerification(long records, long events, long checkpoints, long lastSequence, boolean closed,
    long uncleanRestarts, Optional<AuditAnchor> lastCheckpoint, Optional<Problem> problem) {

  public AuditLogVerification {
    Objects.requireNonNull(lastCheckpoint, "lastCheckpoint == null");
    Objects.requireNonNull(problem, "problem == null");
  }

  /** Whether the whole log verified: no problem at all. */
  public boolean isIntact() {
    return problem.isEmpty();
  }

  /** Whether what was found points at tampering (see {@link Kind#indicatesTampering()}). */
  public boolean indicatesTampering() {
    return problem.map(p -> p.kind().indicatesTampering()).orElse(false);
  }

  /** What is wrong with a log. */
  public enum Kind {
    /** A record's bytes differ from what was written (content, sequence or hash field), or a signature is wrong. */
    EDITED(true),
    /** One or more records are missing: the sequence jumps. */
    DELETED(true),
    /** A record that the writer did not write sits in the chain. */
    INSERTED(true),
    /** Records are out of order: a later sequence number comes before an earlier one that is present. */
    REORDERED(true),
    /**
     * Records known to have been written are missing from the end: the log ends before the sequence of the
     * {@linkplain AuditLogVerifier.Builder#anchor(AuditAnchor) anchor} the verifier was given (for example, it was
     * cut back to an earlier checkpoint or session), a JDBC chain lacks rows its head row counts, or the file is
     * empty although every writer starts it with a checkpoint.
     */
    TRUNCATED(true),
    /**
     * Every record verified, but the log ends without the checkpoint a closing writer adds, and nothing shows that
     * records are missing: its writer crashed or was killed, or is still running (verify a live log with
     * {@link AuditLogVerifier.Builder#expectClosed(boolean) expectClosed(false)}) — or records after the last
     * checkpoint were cut off, which without an anchor beyond that checkpoint cannot be told from a crash. Not
     * reported as tampering; an anchor turns a cut that removed anchored records into {@link #TRUNCATED}.
     */
    UNCLOSED(false),
    /**
     * The last line is incomplete — no line end — as a crash mid-write leaves it. Not tampering: every record
     * before it verified, and a writer reopening the log trims it and records that in a signed checkpoint.
     */
    TORN_LAST_LINE(false),
    /**
     * A checkpoint is signed with a key the verifier was not given, so the log cannot be vouched for from there on:
     * reported when no checkpoint before it verified (the verifier lacks the log's keys), or when the caller
     * {@linkplain AuditLogVerifier.Builder#allowUnknownKeys(boolean) allows unknown keys}. Otherwise a checkpoint
     * under an unknown key after verified ones is reported {@link #EDITED}: it is what a forger who lacks the key
     * would write.
     */
    UNVERIFIABLE(false);

    private final boolean tampering;

    Kind(boolean tampering) {
      this.tampering = tampering;
    }

    /** Whether this kind of problem means someone changed the log. */
    public boolean indicatesTampering() {
      return tampering;
    }
  }

  /**
   * The first bad record.
   *
   * @param kind what is wrong
   * @param line the 1-based line number of the bad record; for a deletion, the line after the gap; for
   *     truncation, the line after the last one
   * @param sequence the sequence number of the bad record, or the first missing one
   * @param message a sentence for people, naming lines and sequence numbers
   */
  public record Problem(Kind kind, long line, long sequence, String message) {
    public Problem {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(message, "message == null");
    }
  }
}
