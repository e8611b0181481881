package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditLogVerification.Kind;
import io.github.iconikopentext.core.audit.AuditLogVerification.Problem;
import io.github.iconikopentext.core.audit.internal.ChainVerifier;
import io.github.iconikopentext.core.audit.internal.VerifierSettings;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.jdbc.internal.Jdbc;
import io.github.iconikopentext.jdbc.internal.RecordLines;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the audit chain that {@link JdbcAuditSink}s wrote to {@code <prefix>audit_event}, with the same rules as
 * {@link io.github.iconikopentext.core.audit.AuditLogVerifier} applies to a log file: every record's hash, the chain of
 * {@code prevhash} links, the sequence, and every checkpoint's HMAC. It reports the first
 * {@linkplain Kind#EDITED edited}, {@linkplain Kind#DELETED deleted}, {@linkplain Kind#INSERTED inserted} or
 * {@linkplain Kind#REORDERED reordered} record, where "line n" in a {@link Problem} means the n-th row in
 * {@code seq} order; and {@linkplain Kind#TRUNCATED truncated} when rows are missing from the end of the chain that
 * its head row says were written.
 *
 * <p>Whoever can write the tables can delete the chain's tail and move the head row back with it; only an
 * {@link Builder#anchor(AuditAnchor) anchor} kept outside the database (see {@link JdbcAuditSink}) shows that.
 *
 * <p>The chain is live (other nodes may be appending), so it is never expected to be closed. Rows are streamed in
 * one query, in constant memory. Immutable and thread-safe.
 */
public final class JdbcAuditVerifier {
  private final Jdbc jdbc;
  private final String eventTable;
  private final String headTable;
  private final ChainVerifier verifier;

  private JdbcAuditVerifier(Builder b) {
    this.jdbc = b.schema.jdbc();
    this.eventTable = b.schema.table("audit_event");
    this.headTable = b.schema.table("audit_head");
    this.verifier = b.settings.build(false, "audit chain");
  }

  /** A builder for a verifier of {@code schema}'s audit chain; add the checkpoint keys. */
  public static Builder builder(JdbcSchema schema) {
    return new Builder(schema);
  }

  /**
   * Verifies the chain as it is now.
   *
   * @throws JdbcStoreException if the tables cannot be read (a problem with their content is a result, not an
   *     exception)
   */
  public AuditLogVerification verify() {
    return jdbc.transaction("verify the audit chain in " + eventTable, c -> {
      // The head first: rows committed after it only add to what the query below sees.
      long headSequence;
      try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM " + headTable + " WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        headSequence = rs.next() ? rs.getLong(1) : 0;
      }
      AuditLogVerification result;
      try (PreparedStatement ps = c.prepareStatement("SELECT record FROM " + eventTable + " ORDER BY seq")) {
        ps.setFetchSize(500); // PostgreSQL streams only with a fetch size, inside a transaction
        try (ResultSet rs = ps.executeQuery()) {
          result = verifier.verify(new RecordLines(rs), "audit table " + eventTable);
        }
      } catch (AuditException e) {
        if (e.getCause() instanceof RecordLines.ReadFailure failure) {
          throw failure.getCause();
        }
        throw e;
      }
      return result.isIntact() && result.lastSequence() < headSequence ? truncated(result, headSequence) : result;
    });
  }

  private AuditLogVerification truncated(AuditLogVerification r, long headSequence) {
    long missingFrom = r.lastSequence() + 1;
    Problem problem = new Problem(Kind.TRUNCATED, r.records() + 1, missingFrom, String.format("records %d to %d are "
        + "missing from the end of %s: %s says they were written", missingFrom, headSequence, eventTable, headTable));
    return new AuditLogVerification(r.records(), r.events(), r.checkpoints(), r.lastSequence(), r.closed(),
        r.uncleanRestarts(), r.lastCheckpoint(), Optional.of(problem));
  }

  @Override
  public String toString() {
    return "JdbcAuditVerifier(" + eventTable + ")";
  }

  /** Builds a {@link JdbcAuditVerifier}. Not thread-safe. */
  public static final class Builder {
    private final JdbcSchema schema;
    private final VerifierSettings settings = new VerifierSettings();

    private Builder(JdbcSchema schema) {
      this.schema = Objects.requireNonNull(schema, "schema == null");
    }

    /**
     * Adds a checkpoint key: its id names it in checkpoints, its secret is the HMAC key. Add every key the chain's
     * writers used.
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
     * What the chain is known to have reached, kept outside the database: the chain must hold that sequence (else
     * {@linkplain Kind#TRUNCATED truncated}, even when the head row was moved back too) and, with a hash, that exact
     * record (else {@linkplain Kind#EDITED edited}).
     */
    public Builder anchor(AuditAnchor anchor) {
      settings.anchor(anchor);
      return this;
    }

    /**
     * Whether a checkpoint under a key id the verifier was not given, after verified ones, is only
     * {@linkplain Kind#UNVERIFIABLE unverifiable}; by default it is {@linkplain Kind#EDITED edited} (a forgery).
     */
    public Builder allowUnknownKeys(boolean allow) {
      settings.allowUnknownKeys(allow);
      return this;
    }

    /** @throws ConfigurationException if no key was given */
    public JdbcAuditVerifier build() {
      return new JdbcAuditVerifier(this);
    }
  }
}
