package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditAnchorPublisher;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.internal.CloudEventCodec;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.jdbc.internal.AuditChainAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link AuditSink} that appends events to the {@code <prefix>audit_event} table as one hash chain shared by every
 * node that writes to the same database: the same records, {@code sequence} and {@code prevhash} attributes and
 * HMAC-signed checkpoints as {@link io.github.iconikopentext.core.audit.JsonLinesAuditSink}'s lines, one record per
 * row. {@link JdbcAuditVerifier} checks the table.
 *
 * <p>The chain's head (last sequence and hash) is a row of {@code <prefix>audit_head}; an append locks it, so
 * sequence numbers are assigned in the database and writers on any number of nodes extend one chain without forks.
 * Concurrent writers in one process share a transaction: the thread that gets the lock appends every event queued so
 * far (group commit). {@link #write} returns once its event is committed.
 *
 * <p>Checkpoints follow the chain, not the node: one after every {@link Builder#checkpointEvery} events of the chain,
 * and one with the first append after {@link Builder#checkpointInterval} has passed since the last. There are no
 * open and close checkpoints: other nodes may still be writing. Call {@link #checkpoint()} to sign the chain's tail,
 * e.g. before an export.
 *
 * <p><b>Anchors.</b> Whoever can write the table can also delete its tail and move the head row back. So each
 * checkpoint this sink commits is handed, as an {@link AuditAnchor} (sequence and hash), to the {@link
 * Builder#anchorPublisher anchor publisher} — by default an INFO line on the slf4j logger
 * {@value AuditAnchorPublisher#DEFAULT_LOGGER} — to be kept outside the database; {@link #lastAnchor()} returns the
 * latest. Give it to {@link JdbcAuditVerifier.Builder#anchor(AuditAnchor)}.
 *
 * <p>Thread-safe. {@link #write} throws {@link AuditException} (with the {@link JdbcStoreException} as cause) when the
 * database fails; the event is then not recorded. Create the tables first with {@link JdbcSchema#migrate()}.
 */
public final class JdbcAuditSink implements AuditSink {
  private static final Logger log = LoggerFactory.getLogger(JdbcAuditSink.class);

  private final AuditChainAppender appender;
  private final AuditAnchorPublisher anchorPublisher;
  private volatile AuditAnchor lastAnchor;
  private final String table;
  private final ReentrantLock appendLock = new ReentrantLock();
  private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;

  private record Queued(CloudEventCodec.Encoded encoded, Instant time, CompletableFuture<Void> done) {}

  private JdbcAuditSink(Builder b) {
    this.table = b.schema.table("audit_event");
    this.appender = new AuditChainAppender(b.schema.jdbc(), table, b.schema.table("audit_head"), b.checkpointKey,
        b.checkpointEvery, b.checkpointInterval, b.clock);
    this.anchorPublisher = b.anchorPublisher;
  }

  /**
   * Starts a sink for {@code schema}'s audit tables, signing checkpoints with the key {@code checkpointKey} supplies
   * (its id is written into each checkpoint; its secret, at least 32 bytes, is the HMAC key). Every node writing to the
   * chain needs a key the auditors' verifier knows; it may be the same one.
   */
  public static Builder builder(JdbcSchema schema, CredentialsProvider checkpointKey) {
    return new Builder(schema, checkpointKey);
  }

  @Override
  public void write(AuditEvent event) {
    Objects.requireNonNull(event, "event == null");
    ensureOpen();
    Queued queued = new Queued(CloudEventCodec.encodeForChain(event), event.time(), new CompletableFuture<>());
    queue.add(queued);
    appendLock.lock();
    try {
      // A thread that held the lock before this one may have appended this event with its own.
      if (!queued.done().isDone()) {
        appendQueued();
      }
    } finally {
      appendLock.unlock();
    }
    try {
      queued.done().join();
    } catch (CompletionException e) {
      // Thrown anew in this thread, so that its stack shows this caller.
      throw new AuditException(e.getCause().getMessage(), e.getCause().getCause());
    }
  }

  /**
   * Appends a signed checkpoint now.
   *
   * @throws AuditException if the key cannot be obtained or the database fails
   */
  public void checkpoint() {
    ensureOpen();
    appendLock.lock();
    try {
      publish(appender.appendCheckpoint(AuditChainAppender.MANUAL));
    } catch (JdbcStoreException e) {
      throw new AuditException("could not append a checkpoint to " + table + ": " + e.getMessage(), e);
    } finally {
      appendLock.unlock();
    }
  }

  /** The anchor of the latest checkpoint this sink committed (other nodes' checkpoints are theirs to publish). */
  public Optional<AuditAnchor> lastAnchor() {
    return Optional.ofNullable(lastAnchor);
  }

  /** Every written event is committed when {@link #write} returns: nothing to flush. */
  @Override
  public void flush() {
    ensureOpen();
  }

  /** Refuses further events. Writes no checkpoint: other nodes may still append to the chain. Idempotent. */
  @Override
  public void close() {
    closed = true;
  }

  private void appendQueued() {
    List<Queued> batch = new ArrayList<>();
    for (Queued q = queue.poll(); q != null; q = queue.poll()) {
      batch.add(q);
    }
    try {
      AuditAnchor checkpoint =
          appender.append(batch.stream().map(q -> new AuditChainAppender.Event(q.encoded(), q.time())).toList());
      batch.forEach(q -> q.done().complete(null));
      publish(checkpoint);
    } catch (RuntimeException | Error e) {
      // Every waiting writer learns the outcome, whatever it was: none may wait for an append that will not come.
      AuditException failure = new AuditException("could not append " + batch.size() + " audit event(s) to " + table
          + ": " + e.getMessage(), e);
      batch.forEach(q -> q.done().completeExceptionally(failure));
      if (e instanceof Error error) {
        throw error;
      }
    }
  }

  /** Called under the append lock after a commit, so anchors go out in sequence order. */
  private void publish(AuditAnchor checkpoint) {
    if (checkpoint == null) {
      return;
    }
    lastAnchor = checkpoint;
    try {
      anchorPublisher.publish(table, checkpoint);
    } catch (RuntimeException e) {
      log.warn("audit chain {}: the anchor publisher failed for checkpoint {}: {}", table, checkpoint, e.toString());
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new AuditException("the audit sink on " + table + " is closed");
    }
  }

  @Override
  public String toString() {
    return "JdbcAuditSink(" + table + ")";
  }

  /** Builds a {@link JdbcAuditSink}. Not thread-safe. */
  public static final class Builder {
    private final JdbcSchema schema;
    private final CredentialsProvider checkpointKey;
    private long checkpointEvery = 1000;
    private Duration checkpointInterval = Duration.ofMinutes(1);
    private Clock clock = Clock.systemUTC();
    private AuditAnchorPublisher anchorPublisher = AuditAnchorPublisher.slf4j();

    private Builder(JdbcSchema schema, CredentialsProvider checkpointKey) {
      this.schema = Objects.requireNonNull(schema, "schema == null");
      this.checkpointKey = Objects.requireNonNull(checkpointKey, "checkpointKey == null");
    }

    /** A checkpoint after every {@code events} events of the chain (default 1000); 0 disables them. */
    public Builder checkpointEvery(long events) {
      if (events < 0) {
        throw new ConfigurationException("checkpointEvery is negative: " + events);
      }
      this.checkpointEvery = events;
      return this;
    }

    /**
     * A checkpoint with the first append after this much time since the chain's last one (default 1 min); zero
     * disables them.
     */
    public Builder checkpointInterval(Duration interval) {
      Objects.requireNonNull(interval, "checkpointInterval == null");
      if (interval.isNegative()) {
        throw new ConfigurationException("checkpointInterval is negative: " + interval);
      }
      this.checkpointInterval = interval;
      return this;
    }

    /** Where the anchor of each committed checkpoint goes; default {@link AuditAnchorPublisher#slf4j()}. */
    public Builder anchorPublisher(AuditAnchorPublisher publisher) {
      this.anchorPublisher = Objects.requireNonNull(publisher, "publisher == null");
      return this;
    }

    /** The clock for checkpoint times and intervals. Default: the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** @throws AuditException if the key cannot be obtained or is shorter than 32 bytes (named by id, never shown) */
    public JdbcAuditSink build() {
      return new JdbcAuditSink(this);
    }
  }
}
