package io.github.iconikopentext.jdbc.internal;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.internal.ChainFormat;
import io.github.iconikopentext.core.audit.internal.CloudEventCodec;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;

/**
 * Appends records to the audit chain in the database, in the format of {@link ChainFormat}: within one transaction it
 * locks the head row ({@code SELECT … FOR UPDATE}), gives each record the next sequence number and the previous
 * record's hash, inserts the records and moves the head. So writers on any number of nodes extend one chain, one
 * transaction at a time. Not thread-safe: the sink calls it under its lock.
 */
public final class AuditChainAppender {
  public static final String MANUAL = ChainFormat.REASON_MANUAL;

  /** An encoded event and its time (stored beside the record, for queries). */
  public record Event(CloudEventCodec.Encoded encoded, Instant time) {}

  /**
   * The chain's head: its last record and the checkpoint state; {@code checkpoint} is the last checkpoint this
   * transaction added, if any.
   */
  private record Head(long sequence, String hash, long eventsSinceCheckpoint, Instant checkpointAt,
      AuditAnchor checkpoint) {}

  private final Jdbc jdbc;
  private final String eventTable;
  private final String headTable;
  private final CredentialsProvider key;
  private final long checkpointEvery;
  private final Duration checkpointInterval;
  private final Clock clock;
  private final MessageDigest sha256 = ChainFormat.sha256();
  private Credential keyCredential;
  private Mac mac;

  public AuditChainAppender(Jdbc jdbc, String eventTable, String headTable, CredentialsProvider key,
      long checkpointEvery, Duration checkpointInterval, Clock clock) {
    this.jdbc = jdbc;
    this.eventTable = eventTable;
    this.headTable = headTable;
    this.key = key;
    this.checkpointEvery = checkpointEvery;
    this.checkpointInterval = checkpointInterval;
    this.clock = clock;
    currentMac(); // a missing or short key fails here rather than at the first checkpoint
  }

  /**
   * Appends {@code events} in one transaction, with the checkpoints that fall due.
   *
   * @return the anchor of the last checkpoint committed with them, or {@code null} if none fell due
   */
  public AuditAnchor append(List<Event> events) {
    return jdbc.transaction("append " + events.size() + " audit event(s) to " + eventTable, c -> {
      Head head = lockHead(c);
      try (PreparedStatement insert = insertStatement(c)) {
        for (Event event : events) {
          head = addEvent(insert, head, event);
          if (checkpointEvery > 0 && head.eventsSinceCheckpoint() >= checkpointEvery) {
            head = addCheckpoint(insert, head, ChainFormat.REASON_COUNT);
          }
        }
        if (intervalCheckpointDue(head)) {
          head = addCheckpoint(insert, head, ChainFormat.REASON_INTERVAL);
        }
        insert.executeBatch();
      }
      moveHead(c, head);
      return head.checkpoint();
    });
  }

  /**
   * Appends a checkpoint with {@code reason} in a transaction of its own.
   *
   * @return its anchor, once committed
   */
  public AuditAnchor appendCheckpoint(String reason) {
    return jdbc.transaction("append an audit checkpoint to " + eventTable, c -> {
      Head head = lockHead(c);
      try (PreparedStatement insert = insertStatement(c)) {
        head = addCheckpoint(insert, head, reason);
        insert.executeBatch();
      }
      moveHead(c, head);
      return head.checkpoint();
    });
  }

  private Head lockHead(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash, events_since_checkpoint, checkpoint_at FROM "
            + headTable + " WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the head row of " + headTable + " is missing: run JdbcSchema.migrate()", "42P01");
      }
      return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), Jdbc.instant(rs, "checkpoint_at"), null);
    }
  }

  private PreparedStatement insertStatement(Connection c) throws SQLException {
    return c.prepareStatement("INSERT INTO " + eventTable + " (seq, event_time, record) VALUES (?, ?, ?)");
  }

  private Head addEvent(PreparedStatement insert, Head head, Event event) throws SQLException {
    byte[] json = event.encoded().json();
    int at = event.encoded().chainOffset();
    long sequence = head.sequence() + 1;
    byte[] chain = ChainFormat.chainAttributes(head.hash(), sequence);
    byte[] line = new byte[json.length + chain.length];
    System.arraycopy(json, 0, line, 0, at);
    System.arraycopy(chain, 0, line, at, chain.length);
    System.arraycopy(json, at, line, at + chain.length, json.length - at);
    addRow(insert, sequence, event.time(), line);
    return new Head(sequence, hash(line), head.eventsSinceCheckpoint() + 1, head.checkpointAt(), head.checkpoint());
  }

  private Head addCheckpoint(PreparedStatement insert, Head head, String reason) throws SQLException {
    Mac currentMac = currentMac();
    long sequence = head.sequence() + 1;
    Instant now = clock.instant();
    byte[] line = ChainFormat.encodeCheckpoint(new ChainFormat.CheckpointFields(sequence, head.hash(), now, reason,
        head.eventsSinceCheckpoint(), keyCredential.id(), null, 0), currentMac);
    addRow(insert, sequence, now, line);
    String hash = hash(line);
    return new Head(sequence, hash, 0, now, AuditAnchor.of(sequence, hash));
  }

  private boolean intervalCheckpointDue(Head head) {
    return !checkpointInterval.isZero() && head.eventsSinceCheckpoint() > 0
        && (head.checkpointAt() == null || !clock.instant().isBefore(head.checkpointAt().plus(checkpointInterval)));
  }

  private static void addRow(PreparedStatement insert, long sequence, Instant time, byte[] line) throws SQLException {
    Jdbc.bind(insert, sequence, Jdbc.storable(time), new String(line, StandardCharsets.UTF_8));
    insert.addBatch();
  }

  private void moveHead(Connection c, Head head) throws SQLException {
    Jdbc.update(c, "UPDATE " + headTable + " SET seq = ?, hash = ?, events_since_checkpoint = ?, checkpoint_at = ? "
        + "WHERE id = 1", head.sequence(), head.hash(), head.eventsSinceCheckpoint(),
        head.checkpointAt() == null ? null : Jdbc.storable(head.checkpointAt()));
  }

  private String hash(byte[] line) {
    return ChainFormat.hex(sha256.digest(line));
  }

  /** The HMAC for the current key; the provider is asked every time so that a rotated key takes effect. */
  private Mac currentMac() {
    Credential credential;
    try {
      credential = key.resolveCredential();
    } catch (RuntimeException e) {
      throw new AuditException("could not get the checkpoint key of the audit chain in " + eventTable + ": "
          + e.getMessage(), e);
    }
    if (credential != keyCredential) {
      byte[] bytes = credential.secret().utf8Bytes();
      try {
        mac = ChainFormat.hmac(credential.id(), bytes);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
      keyCredential = credential;
    }
    return mac;
  }
}
