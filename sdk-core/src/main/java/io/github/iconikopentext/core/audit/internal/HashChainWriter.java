package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditAnchorPublisher;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.internal.SdkThreadFactory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends events to a hash-chained JSON-lines file (format: {@link ChainFormat}) and signs checkpoints.
 *
 * <p>Writers serialise only on {@link #lock}: each event is encoded before it is taken, then under it gets its
 * sequence and {@code prevhash}, is hashed and copied into the {@link ChainBuffer}, which goes to the OS at
 * {@value #WRITE_THRESHOLD} bytes or at a sync. Durable mode syncs before {@link #append} returns, committing every
 * record buffered so far with one {@code fsync} (group commit); batched mode syncs every {@code syncInterval} on a
 * background thread. After any I/O failure the writer refuses further records: the file may end in a torn line,
 * which reopening trims. Once a checkpoint is on disk its {@link AuditAnchor} goes to the settings' publisher.
 *
 * <p>Records are written through {@link RandomAccessFile}, whose writes and {@code fsync} are not interruptible: an
 * interrupted application thread must not close the log the way it would close an interruptible {@link FileChannel}.
 * The channel is used only while opening (lock, size, trim). Thread-safe. Not part of the API.
 */
public final class HashChainWriter {
  private static final Logger log = LoggerFactory.getLogger(HashChainWriter.class);
  static final int WRITE_THRESHOLD = 64 * 1024;

  /** How the writer is configured; validated by the public builder. */
  public record Settings(Path path, CredentialsProvider key, boolean durable, Duration syncInterval,
      long checkpointEvery, Duration checkpointInterval, Clock clock, AuditAnchorPublisher anchors) {}

  private final Settings settings;
  private final RandomAccessFile file;
  private final FileChannel channel;
  private final FileLock fileLock;
  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantLock syncLock = new ReentrantLock();
  private final ScheduledExecutorService ticker;
  private final SdkThreadFactory tickerThreads;

  // Guarded by lock.
  private final ChainBuffer chain;
  private volatile boolean closed;

  // Guarded by syncLock (written), read by anyone.
  private volatile AuditAnchor published;

  private volatile long syncedSequence;
  private volatile AuditException broken;

  private HashChainWriter(Settings settings, RandomAccessFile file, FileLock fileLock) {
    this.settings = settings;
    this.file = file;
    this.channel = file.getChannel();
    this.fileLock = fileLock;
    this.chain = new ChainBuffer(settings.path(), settings.key(), settings.clock(), WRITE_THRESHOLD + 4096);
    boolean syncTicks = !settings.durable() && !settings.syncInterval().isZero();
    boolean checkpointTicks = !settings.checkpointInterval().isZero();
    this.tickerThreads = new SdkThreadFactory("audit-log");
    this.ticker = syncTicks || checkpointTicks ? Executors.newSingleThreadScheduledExecutor(tickerThreads) : null;
  }

  private void startTicks() {
    if (ticker == null) {
      return;
    }
    if (!settings.durable() && !settings.syncInterval().isZero()) {
      long ms = settings.syncInterval().toMillis();
      ticker.scheduleWithFixedDelay(() -> tick(false), ms, ms, TimeUnit.MILLISECONDS);
    }
    if (!settings.checkpointInterval().isZero()) {
      long ms = settings.checkpointInterval().toMillis();
      ticker.scheduleWithFixedDelay(() -> tick(true), ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Opens (or creates) the log, trims a torn last line left by a crash, and writes an {@code open} checkpoint that
   * records how the previous writer ended.
   *
   * @throws AuditException if the file is locked by another writer, cannot be read or written, or its last complete
   *     line is not a chain record
   */
  public static HashChainWriter open(Settings settings) {
    Path path = settings.path();
    RandomAccessFile file = null;
    try {
      file = new RandomAccessFile(path.toFile(), "rw");
      FileLock fileLock;
      try {
        fileLock = file.getChannel().tryLock();
      } catch (OverlappingFileLockException e) {
        fileLock = null;
      }
      if (fileLock == null) {
        throw new AuditException("audit log " + path + " is already open for writing (in this or another process)");
      }
      HashChainWriter writer = new HashChainWriter(settings, file, fileLock);
      try {
        writer.resume();
      } catch (IOException | RuntimeException e) {
        if (writer.ticker != null) {
          writer.ticker.shutdown();
        }
        throw e;
      }
      writer.startTicks();
      return writer;
    } catch (IOException e) {
      closeQuietly(file);
      throw new AuditException("could not open audit log " + path + ": " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(file);
      throw e;
    }
  }

  private void resume() throws IOException {
    String previousSession = null;
    lock.lock();
    try {
      LogTail tail = LogTail.read(channel, settings.path());
      long discarded = tail.tornBytes();
      if (tail.lastLine() != null) {
        ChainRecord last;
        try {
          last = ChainRecord.parse(tail.lastLine());
        } catch (ChainRecord.MalformedException e) {
          throw new AuditException("cannot append to audit log " + settings.path() + ": its last complete line is "
              + "not an audit record (" + e.getMessage() + "); check it with AuditLogVerifier");
        }
        chain.continueAfter(last.sequence(), tail.lastLine());
        boolean closedCleanly = last.checkpoint() && ChainFormat.REASON_CLOSE.equals(last.reason());
        previousSession = closedCleanly ? ChainFormat.SESSION_CLOSED : ChainFormat.SESSION_UNCLOSED;
      } else if (discarded > 0) {
        previousSession = ChainFormat.SESSION_UNCLOSED;
      }
      if (discarded > 0) {
        log.warn("audit log {} ended in an incomplete line ({} bytes), left by a writer that stopped mid-write; "
            + "trimmed it and recorded that in the next checkpoint", settings.path(), discarded);
        channel.truncate(tail.completeLength());
      }
      file.seek(channel.size());
      chain.appendCheckpoint(ChainFormat.REASON_OPEN, previousSession, discarded);
      writePending();
    } finally {
      lock.unlock();
    }
    file.getFD().sync();
    if (previousSession == null) {
      syncDirectory(settings.path().toAbsolutePath().getParent());
    }
    syncedSequence = chain.lastSequence();
    publish(chain.lastCheckpoint());
  }

  /** The anchor of the latest checkpoint known to be on disk, if any. */
  public AuditAnchor lastAnchor() {
    return published;
  }

  /** Appends one event; in durable mode returns once it is on disk. */
  public void append(AuditEvent event) {
    CloudEventCodec.Encoded encoded = CloudEventCodec.encodeForChain(event);
    long sequence;
    lock.lock();
    try {
      ensureWritable();
      boolean checkpointDue =
          settings.checkpointEvery() > 0 && chain.eventsSinceCheckpoint() + 1 >= settings.checkpointEvery();
      // Get the key first: if that fails, the caller must learn it before the event is in the chain.
      Mac checkpointMac = checkpointDue ? chain.currentMac() : null;
      sequence = chain.appendEvent(encoded);
      if (checkpointDue) {
        chain.appendCheckpoint(ChainFormat.REASON_COUNT, null, 0, checkpointMac);
      }
      if (chain.size() >= WRITE_THRESHOLD) {
        writePending();
      }
    } catch (IOException e) {
      throw fail(e);
    } finally {
      lock.unlock();
    }
    if (settings.durable()) {
      syncThrough(sequence);
    }
  }

  /** Writes a signed checkpoint now. */
  public void checkpoint() {
    long sequence;
    lock.lock();
    try {
      ensureWritable();
      sequence = chain.appendCheckpoint(ChainFormat.REASON_MANUAL, null, 0);
    } finally {
      lock.unlock();
    }
    if (settings.durable()) {
      syncThrough(sequence);
    }
  }

  /** Pushes every record appended so far to the disk. */
  public void flush() {
    long sequence;
    lock.lock();
    try {
      ensureWritable();
      sequence = chain.lastSequence();
    } finally {
      lock.unlock();
    }
    syncThrough(sequence);
  }

  /**
   * Writes the closing checkpoint, syncs, and releases the file. Idempotent.
   *
   * @throws AuditException if that failed, or the writer had failed earlier (its last records may be lost)
   */
  public void close() {
    if (ticker != null) {
      ticker.shutdown(); // not shutdownNow: the tick in progress must finish its write, not be interrupted
      tickerThreads.join(Duration.ofSeconds(5)); // before taking the locks, which that tick may need
    }
    syncLock.lock();
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      AuditException failure = broken;
      if (failure != null) {
        throw new AuditException("audit log " + settings.path() + " was closed without its closing checkpoint: it "
            + "had failed earlier (" + failure.getMessage() + ")", failure);
      }
      chain.appendCheckpoint(ChainFormat.REASON_CLOSE, null, 0);
      writePending();
      file.getFD().sync();
      publish(chain.lastCheckpoint());
    } catch (IOException e) {
      throw fail(e);
    } finally {
      try {
        fileLock.release();
        file.close();
      } catch (IOException e) {
        log.warn("could not close audit log {}: {}", settings.path(), e.toString());
      }
      lock.unlock();
      syncLock.unlock();
    }
  }

  private void writePending() throws IOException {
    chain.drainTo(file);
  }

  /** Group commit: one thread fsyncs everything buffered so far; those that wait behind it usually find it done. */
  private void syncThrough(long sequence) {
    if (syncedSequence >= sequence) {
      return;
    }
    syncLock.lock();
    try {
      if (syncedSequence >= sequence) {
        return;
      }
      long target;
      AuditAnchor checkpoint;
      lock.lock();
      try {
        ensureWritable();
        writePending();
        target = chain.lastSequence();
        checkpoint = chain.lastCheckpoint();
      } finally {
        lock.unlock();
      }
      file.getFD().sync();
      syncedSequence = target;
      publish(checkpoint);
    } catch (IOException e) {
      throw fail(e);
    } finally {
      syncLock.unlock();
    }
  }

  /** Hands a checkpoint now on disk to the publisher, once; called by the thread that synced, in sequence order. */
  private void publish(AuditAnchor checkpoint) {
    AuditAnchor previous = published;
    if (checkpoint == null || previous != null && checkpoint.sequence() <= previous.sequence()) {
      return;
    }
    published = checkpoint;
    try {
      settings.anchors().publish(settings.path().toString(), checkpoint);
    } catch (RuntimeException e) {
      log.warn("audit log {}: the anchor publisher failed for checkpoint {}: {}", settings.path(), checkpoint,
          e.toString());
    }
  }

  private void tick(boolean checkpoint) {
    try {
      long sequence;
      lock.lock();
      try {
        if (closed || broken != null) {
          return;
        }
        if (checkpoint) {
          chain.appendCheckpoint(ChainFormat.REASON_INTERVAL, null, 0);
        }
        sequence = chain.lastSequence();
      } finally {
        lock.unlock();
      }
      syncThrough(sequence);
    } catch (RuntimeException e) {
      if (closed) {
        return; // closed while this tick waited: close() wrote and synced everything
      }
      log.error("audit log {}: background {} failed; the log refuses further events until reopened", settings.path(),
          checkpoint ? "checkpoint" : "sync", e);
      if (broken == null) {
        broken = e instanceof AuditException a ? a : new AuditException(e.getMessage(), e);
      }
    }
  }

  private void ensureWritable() {
    if (closed) {
      throw new AuditException("audit log " + settings.path() + " is closed");
    }
    AuditException failure = broken;
    if (failure != null) {
      throw new AuditException("audit log " + settings.path() + " failed earlier and accepts no more events: "
          + failure.getMessage(), failure);
    }
  }

  private AuditException fail(IOException e) {
    AuditException failure = new AuditException("could not write audit log " + settings.path() + ": " + e, e);
    if (broken == null) {
      broken = failure;
    }
    return failure;
  }

  /** Makes a new file's directory entry durable; not every platform can sync a directory, hence best effort. */
  private static void syncDirectory(Path dir) {
    if (dir == null) {
      return;
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      log.debug("could not sync directory {}: {}", dir, e.toString());
    }
  }

  private static void closeQuietly(RandomAccessFile file) {
    if (file != null) {
      try {
        file.close();
      } catch (IOException ignored) {
        // the open failure is what the caller needs to see
      }
    }
  }
}
