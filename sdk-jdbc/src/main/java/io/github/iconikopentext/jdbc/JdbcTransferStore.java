package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.integration.transfer.TransferRecord;
import io.github.iconikopentext.integration.transfer.TransferStore;
import io.github.iconikopentext.jdbc.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link TransferStore} in the {@code <prefix>transfer} table, shared by every worker that uses the same database:
 * a transfer is run by one live worker at a time, a crashed worker's transfer is taken over once its lease expires,
 * and a completed transfer is never run again.
 *
 * <p>Each claim is decided by one atomic statement: an {@code INSERT … ON CONFLICT DO NOTHING} for a new transfer,
 * else an {@code UPDATE} whose condition admits only a free, expired or own lease. Leases are compared with this
 * store's {@link Clock}, so the workers' clocks must agree to well within a lease (NTP does). Times are kept to the
 * microsecond, so a {@link TransferRecord} reads back with its completion time truncated to microseconds.
 *
 * <p>Thread-safe; every method uses one pooled connection and throws {@link JdbcStoreException} when the database
 * fails. Create the table first with {@link JdbcSchema#migrate()}.
 */
public final class JdbcTransferStore implements TransferStore {
  private static final int MAX_ID_LENGTH = 200;
  // A claim that lost its statement re-reads the row; if the lease ended in between it tries again, a few times.
  private static final int CLAIM_ROUNDS = 3;

  private final Jdbc jdbc;
  private final Clock clock;
  private final String table;
  private final String insertClaim;
  private final String takeOver;
  private final String select;

  /** A store in {@code schema}'s transfer table, with the system clock. */
  public JdbcTransferStore(JdbcSchema schema) {
    this(schema, Clock.systemUTC());
  }

  /** A store in {@code schema}'s transfer table whose leases follow {@code clock}. */
  public JdbcTransferStore(JdbcSchema schema, Clock clock) {
    Objects.requireNonNull(schema, "schema == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.jdbc = schema.jdbc();
    this.table = schema.table("transfer");
    this.insertClaim = "INSERT INTO " + table + " (transfer_id, worker, lease_until, offset_bytes, attempts) "
        + "VALUES (?, ?, ?, 0, 1) ON CONFLICT DO NOTHING";
    this.takeOver = "UPDATE " + table + " SET worker = ?, lease_until = ?, attempts = attempts + 1 "
        + "WHERE transfer_id = ? AND completed_at IS NULL AND (worker IS NULL OR worker = ? OR lease_until <= ?)";
    this.select = "SELECT worker, lease_until, offset_bytes, attempts, asset_id, file_id, target, location, bytes, "
        + "sha256, completed_at FROM " + table + " WHERE transfer_id = ?";
  }

  @Override
  public Claim claim(String transferId, String worker, Duration lease) {
    checkId(transferId, "transferId");
    checkId(worker, "worker");
    checkLease(lease);
    return jdbc.autoCommit("claim transfer " + transferId + " in " + table, c -> {
      for (int round = 0; round < CLAIM_ROUNDS; round++) {
        Instant now = Jdbc.storable(clock.instant());
        Instant until = now.plus(lease);
        if (Jdbc.update(c, insertClaim, transferId, worker, until) == 1) {
          return new Claim.Granted(0, 1, until);
        }
        if (Jdbc.update(c, takeOver, worker, until, transferId, worker, now) == 1) {
          // Only the lease holder changes offset and attempts, so this read sees what the update left.
          Row row = read(c, transferId);
          return new Claim.Granted(row.offset(), row.attempts(), until);
        }
        Row row = read(c, transferId);
        if (row != null && row.record() != null) {
          return new Claim.Completed(row.record());
        }
        if (row != null && row.worker() != null && row.leaseUntil().isAfter(now)) {
          return new Claim.Held(row.worker(), row.leaseUntil());
        }
      }
      throw new JdbcStoreException("claim of transfer " + transferId + " in " + table + " did not settle in "
          + CLAIM_ROUNDS + " rounds: its lease keeps changing hands");
    });
  }

  @Override
  public boolean checkpoint(String transferId, String worker, long offset, Duration lease) {
    checkId(transferId, "transferId");
    checkId(worker, "worker");
    checkLease(lease);
    if (offset < 0) {
      throw new IllegalArgumentException("offset is negative: " + offset);
    }
    Instant until = Jdbc.storable(clock.instant()).plus(lease);
    return jdbc.autoCommit("checkpoint transfer " + transferId + " in " + table, c -> Jdbc.update(c,
        "UPDATE " + table + " SET offset_bytes = ?, lease_until = ? "
            + "WHERE transfer_id = ? AND worker = ? AND completed_at IS NULL",
        offset, until, transferId, worker) == 1);
  }

  @Override
  public void complete(TransferRecord record, String worker) {
    Objects.requireNonNull(record, "record == null");
    checkId(record.transferId(), "record.transferId");
    Instant completedAt = Jdbc.storable(record.completedAt());
    jdbc.autoCommit("complete transfer " + record.transferId() + " in " + table, c -> {
      // The first completion is the record: a repeat (a retry after an unknown outcome) leaves it as it is.
      int updated = Jdbc.update(c, "UPDATE " + table + " SET worker = NULL, lease_until = NULL, offset_bytes = ?, "
              + "asset_id = ?, file_id = ?, target = ?, location = ?, bytes = ?, sha256 = ?, completed_at = ? "
              + "WHERE transfer_id = ? AND completed_at IS NULL",
          record.bytes(), record.assetId(), record.fileId(), record.target(), record.location(), record.bytes(),
          record.sha256(), completedAt, record.transferId());
      if (updated == 0) {
        Jdbc.update(c, "INSERT INTO " + table + " (transfer_id, offset_bytes, attempts, asset_id, file_id, target, "
                + "location, bytes, sha256, completed_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            record.transferId(), record.bytes(), record.assetId(), record.fileId(), record.target(), record.location(),
            record.bytes(), record.sha256(), completedAt);
      }
      return null;
    });
  }

  @Override
  public void release(String transferId, String worker) {
    checkId(transferId, "transferId");
    checkId(worker, "worker");
    jdbc.autoCommit("release transfer " + transferId + " in " + table, c -> Jdbc.update(c,
        "UPDATE " + table + " SET worker = NULL, lease_until = NULL "
            + "WHERE transfer_id = ? AND worker = ? AND completed_at IS NULL",
        transferId, worker));
  }

  @Override
  public Optional<TransferRecord> completed(String transferId) {
    checkId(transferId, "transferId");
    return jdbc.autoCommit("read transfer " + transferId + " in " + table, c -> {
      Row row = read(c, transferId);
      return Optional.ofNullable(row == null ? null : row.record());
    });
  }

  private record Row(String worker, Instant leaseUntil, long offset, int attempts, TransferRecord record) {}

  private Row read(Connection c, String transferId) throws SQLException {
    try (PreparedStatement ps = Jdbc.prepare(c, select, transferId);
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return null;
      }
      Instant completedAt = Jdbc.instant(rs, "completed_at");
      TransferRecord record = completedAt == null ? null : new TransferRecord(transferId, rs.getString("asset_id"),
          rs.getString("file_id"), rs.getString("target"), rs.getString("location"), rs.getLong("bytes"),
          rs.getString("sha256"), completedAt);
      return new Row(rs.getString("worker"), Jdbc.instant(rs, "lease_until"), rs.getLong("offset_bytes"),
          rs.getInt("attempts"), record);
    }
  }

  private static void checkId(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isEmpty() || value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(name + " must have 1 to " + MAX_ID_LENGTH + " characters: " + value.length());
    }
  }

  private static void checkLease(Duration lease) {
    Objects.requireNonNull(lease, "lease == null");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive: " + lease);
    }
  }

  @Override
  public String toString() {
    return "JdbcTransferStore(" + table + ")";
  }
}
