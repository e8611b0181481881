package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.audit.internal.HashChainWriter;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Appends events to a file, one canonical CloudEvent per line (JSON lines), with tamper evidence: every record
 * carries its {@code sequence} number and the SHA-256 of the previous line ({@code prevhash}), and checkpoints signed
 * with an HMAC key are written every {@link Builder#checkpointEvery(long) N events}, every {@link
 * Builder#checkpointInterval(Duration) interval} (even when nothing happened, so a quiet period is visible), when
 * the file is opened and when it is closed. {@link AuditLogVerifier} checks such a file; {@code docs/audit.md}
 * specifies the format.
 *
 * <p><b>Durability.</b> In {@link Durability#BATCHED} mode (the default) {@link #write} returns once the record is
 * buffered; the buffer goes to the OS whenever 64 KiB accumulate and at every sync, and a background thread syncs
 * (fsync) every {@link Builder#syncInterval(Duration) syncInterval} (1 s by default). So a process crash loses at
 * most the events of the last sync interval, and a power failure at most those not yet synced — the same window.
 * In {@link Durability#DURABLE} mode {@link #write} returns only after the record is on disk; concurrent writers
 * share one fsync (group commit).
 *
 * <p>Reopening an existing log continues its chain: a torn last line from a crash is trimmed and the opening
 * checkpoint records whether the previous writer closed the log and how many bytes were trimmed. One writer per file:
 * the file is locked while open.
 *
 * <p><b>Anchors.</b> Once a checkpoint is on disk (at the next sync in batched mode), its {@link AuditAnchor} —
 * sequence and line hash — goes to the {@link Builder#anchorPublisher(AuditAnchorPublisher) anchor publisher}, by
 * default an INFO line on the slf4j logger {@value AuditAnchorPublisher#DEFAULT_LOGGER}. Keep the latest one off
 * the host and pass it to {@link AuditLogVerifier.Builder#anchor(AuditAnchor)}: then a file cut back to an earlier
 * checkpoint no longer verifies. {@link #lastAnchor()} returns it too.
 *
 * <p>{@link #write} throws {@link AuditException} when the record cannot be written; after an I/O failure the sink
 * refuses further events until it is reopened. Thread-safe.
 */
public final class JsonLinesAuditSink implements AuditSink {

  /** When {@link #write} returns relative to the record reaching the disk. */
  public enum Durability {
    /** After buffering; synced every {@code syncInterval}. */
    BATCHED,
    /** After the record is on disk. */
    DURABLE
  }

  private final Path path;
  private final HashChainWriter writer;

  private JsonLinesAuditSink(Builder b) {
    this.path = b.path;
    this.writer = HashChainWriter.open(new HashChainWriter.Settings(b.path, b.checkpointKey,
        b.durability == Durability.DURABLE, b.syncInterval, b.checkpointEvery, b.checkpointInterval, b.clock,
        b.anchorPublisher));
  }

  /**
   * Starts a sink for the log at {@code path}, signing checkpoints with the key {@code checkpointKey} supplies: the
   * credential's id is written into each checkpoint, its secret (at least 32 bytes) is the HMAC key. The provider is
   * asked at every checkpoint, so a rotated key takes effect at the next one.
   */
  public static Builder builder(Path path, CredentialsProvider checkpointKey) {
    return new Builder(path, checkpointKey);
  }

  @Override
  public void write(AuditEvent event) {
    writer.append(Objects.requireNonNull(event, "event == null"));
  }

  /** Syncs every record written so far to the disk. */
  @Override
  public void flush() {
    writer.flush();
  }

  /** Writes a signed checkpoint now, e.g. before handing the file to an archive. */
  public void checkpoint() {
    writer.checkpoint();
  }

  /** Writes the closing checkpoint, syncs and unlocks the file. */
  @Override
  public void close() {
    writer.close();
  }

  public Path path() {
    return path;
  }

  /** The anchor of the latest checkpoint on disk: the opening one at first, the closing one after {@link #close()}. */
  public AuditAnchor lastAnchor() {
    return writer.lastAnchor();
  }

  @Override
  public String toString() {
    return "JSON-lines audit log " + path;
  }

  /** Builds a {@link JsonLinesAuditSink}. Not thread-safe. */
  public static final class Builder {
    private final Path path;
    private final CredentialsProvider checkpointKey;
    private Durability durability = Durability.BATCHED;
    private Duration syncInterval = Duration.ofSeconds(1);
    private long checkpointEvery = 1000;
    private Duration checkpointInterval = Duration.ofMinutes(1);
    private Clock clock = Clock.systemUTC();
    private AuditAnchorPublisher anchorPublisher = AuditAnchorPublisher.slf4j();

    private Builder(Path path, CredentialsProvider checkpointKey) {
      this.path = Objects.requireNonNull(path, "path == null");
      this.checkpointKey = Objects.requireNonNull(checkpointKey, "checkpointKey == null");
    }

    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability == null");
      return this;
    }

    /** How often batched mode syncs to disk (default 1 s): the window of events a crash can lose. Zero: never. */
    public Builder syncInterval(Duration interval) {
      this.syncInterval = nonNegative(interval, "syncInterval");
      return this;
    }

    /** A checkpoint after every {@code events} events (default 1000); 0 disables count-based checkpoints. */
    public Builder checkpointEvery(long events) {
      if (events < 0) {
        throw new ConfigurationException("checkpointEvery is negative: " + events);
      }
      this.checkpointEvery = events;
      return this;
    }

    /** A checkpoint at this interval, even with no events (default 1 min); zero disables timed checkpoints. */
    public Builder checkpointInterval(Duration interval) {
      this.checkpointInterval = nonNegative(interval, "checkpointInterval");
      return this;
    }

    /**
     * Where the anchor of each checkpoint on disk goes (default {@link AuditAnchorPublisher#slf4j()}); e.g. an
     * {@link Slf4jAuditSink} that ships the events off the host.
     */
    public Builder anchorPublisher(AuditAnchorPublisher publisher) {
      this.anchorPublisher = Objects.requireNonNull(publisher, "publisher == null");
      return this;
    }

    /** The clock for checkpoint times. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Opens (or creates) the log and writes its opening checkpoint.
     *
     * @throws AuditException if the file cannot be opened, is locked by another writer, its last complete line is not
     *     an audit record, or the key cannot be obtained or is shorter than 32 bytes
     */
    public JsonLinesAuditSink build() {
      return new JsonLinesAuditSink(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new ConfigurationException(name + " is negative: " + d);
      }
      return d;
    }
  }
}
