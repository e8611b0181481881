package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.jdbc.internal.Jdbc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ReplayGuard} in the {@code <prefix>replay_guard} table, shared by every webhook receiver that uses the same
 * database: a message accepted by one receiver is recognised as a replay by all of them.
 *
 * <p>{@link #tryRecord} is decided by one atomic statement, an {@code INSERT … ON CONFLICT DO NOTHING} keyed by
 * (scope, message id), after deleting the id's record if it expired; so of any number of concurrent calls with the
 * same id on any number of nodes exactly one returns {@code true}. Expired rows are deleted in passing, one batch of
 * at most {@link Builder#purgeBatchSize} rows by the call that finds the purge due: once per
 * {@link Builder#purgeInterval}, and again on the next call while batches come back full. {@link #purgeExpired()}
 * deletes all of them at once, e.g. from a scheduler.
 *
 * <p>The scope separates senders sharing one table (e.g. {@code iconik} and {@code opentext}). Ids longer than 200
 * characters are stored as their SHA-256. Expiry follows this guard's {@link Clock}, so the receivers' clocks must
 * agree to well within the ttl. Thread-safe; each call uses one pooled connection and throws
 * {@link JdbcStoreException} when the database fails. Create the table first with {@link JdbcSchema#migrate()}.
 */
public final class JdbcReplayGuard implements ReplayGuard {
  private static final Logger log = LoggerFactory.getLogger(JdbcReplayGuard.class);
  private static final int MAX_KEY_LENGTH = 200;
  private static final int MAX_SCOPE_LENGTH = 100;

  private final Jdbc jdbc;
  private final String table;
  private final String scope;
  private final Duration ttl;
  private final Clock clock;
  private final int purgeBatchSize;
  private final Duration purgeInterval;
  private final String insert;
  private final String deleteExpired;
  private final String purgeBatch;
  private final AtomicLong nextPurgeMillis = new AtomicLong(Long.MIN_VALUE);

  private JdbcReplayGuard(Builder b) {
    this.jdbc = b.schema.jdbc();
    this.table = b.schema.table("replay_guard");
    this.scope = b.scope;
    this.ttl = b.ttl;
    this.clock = b.clock;
    this.purgeBatchSize = b.purgeBatchSize;
    this.purgeInterval = b.purgeInterval;
    this.insert = "INSERT INTO " + table + " (scope, message_id, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    this.deleteExpired = "DELETE FROM " + table + " WHERE scope = ? AND message_id = ? AND expires_at <= ?";
    this.purgeBatch = "DELETE FROM " + table + " WHERE (scope, message_id) IN "
        + "(SELECT scope, message_id FROM " + table + " WHERE expires_at <= ? LIMIT ?)";
  }

  /** A builder for a guard in {@code schema}'s replay-guard table. */
  public static Builder builder(JdbcSchema schema) {
    return new Builder(schema);
  }

  @Override
  public boolean tryRecord(String messageId) {
    String key = key(messageId);
    Instant now = Jdbc.storable(clock.instant());
    Instant expires = now.plus(ttl);
    // Rows are only ever inserted and deleted, never updated, so the unique key alone decides between concurrent
    // callers: an expired record is deleted, and of all callers who then insert, exactly one succeeds.
    boolean recorded = jdbc.autoCommit("record message id in " + table, c -> {
      Jdbc.update(c, deleteExpired, scope, key, now);
      return Jdbc.update(c, insert, scope, key, expires) == 1;
    });
    purgeIfDue(now);
    return recorded;
  }

  @Override
  public void forget(String messageId) {
    String key = key(messageId);
    jdbc.autoCommit("forget message id in " + table, c -> Jdbc.update(c,
        "DELETE FROM " + table + " WHERE scope = ? AND message_id = ?", scope, key));
  }

  /**
   * Deletes every expired row of the table (of all scopes), one batch per statement so that no statement holds many
   * locks.
   *
   * @return the number of rows deleted
   */
  public long purgeExpired() {
    Instant now = Jdbc.storable(clock.instant());
    long total = 0;
    int deleted;
    do {
      deleted = purgeOneBatch(now);
      total += deleted;
    } while (deleted == purgeBatchSize);
    return total;
  }

  private int purgeOneBatch(Instant now) {
    return jdbc.autoCommit("purge expired message ids from " + table,
        c -> Jdbc.update(c, purgeBatch, now, purgeBatchSize));
  }

  /** One batch when due; a full batch leaves the purge due, so a backlog is worked off one call at a time. */
  private void purgeIfDue(Instant now) {
    long due = nextPurgeMillis.get();
    long nowMillis = now.toEpochMilli();
    if (nowMillis < due || !nextPurgeMillis.compareAndSet(due, nowMillis + purgeInterval.toMillis())) {
      return;
    }
    try {
      if (purgeOneBatch(now) == purgeBatchSize) {
        nextPurgeMillis.set(nowMillis);
      }
    } catch (JdbcStoreException e) {
      // The id was recorded; a failed clean-up must not fail the webhook. The next due call tries again.
      log.warn("purging expired message ids failed, will retry: {}", e.getMessage());
    }
  }

  private static String key(String messageId) {
    Objects.requireNonNull(messageId, "messageId == null");
    if (messageId.length() <= MAX_KEY_LENGTH) {
      return messageId;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcReplayGuard(" + table + ", scope=" + scope + ", ttl=" + ttl + ")";
  }

  /** Builds a {@link JdbcReplayGuard}. Not thread-safe. */
  public static final class Builder {
    private final JdbcSchema schema;
    private String scope = "webhooks";
    private Duration ttl = Duration.ofHours(24);
    private Clock clock = Clock.systemUTC();
    private int purgeBatchSize = 1000;
    private Duration purgeInterval = Duration.ofMinutes(1);

    private Builder(JdbcSchema schema) {
      this.schema = Objects.requireNonNull(schema, "schema == null");
    }

    /**
     * Which sender's ids these are; guards with different scopes never see each other's ids. Default
     * {@code webhooks}.
     */
    public Builder scope(String scope) {
      Objects.requireNonNull(scope, "scope == null");
      if (scope.isBlank() || scope.length() > MAX_SCOPE_LENGTH) {
        throw new IllegalArgumentException("scope must have 1 to " + MAX_SCOPE_LENGTH + " characters: '" + scope + "'");
      }
      this.scope = scope;
      return this;
    }

    /**
     * How long an id is remembered. Default 24 hours; keep it at least twice the verifier's timestamp tolerance, so
     * that a replay is either remembered or rejected as too old.
     */
    public Builder ttl(Duration ttl) {
      this.ttl = positive(ttl, "ttl");
      return this;
    }

    /** The clock that decides expiry. Default: the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The most rows one purge statement deletes. Default 1000. */
    public Builder purgeBatchSize(int purgeBatchSize) {
      if (purgeBatchSize < 1) {
        throw new IllegalArgumentException("purgeBatchSize must be at least 1: " + purgeBatchSize);
      }
      this.purgeBatchSize = purgeBatchSize;
      return this;
    }

    /** How often this guard purges a batch of expired rows in passing (sooner during a backlog). Default 1 min. */
    public Builder purgeInterval(Duration purgeInterval) {
      this.purgeInterval = positive(purgeInterval, "purgeInterval");
      return this;
    }

    public JdbcReplayGuard build() {
      return new JdbcReplayGuard(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
