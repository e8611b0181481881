package io.github.iconikopentext.core.audit;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to another sink on a background thread, so that callers do not wait for a disk or a network. It never
 * drops an event silently:
 *
 * <ul>
 *   <li><b>Back-pressure.</b> The queue is bounded ({@link Builder#capacity(int)}); when it is full, {@link #write}
 *       blocks up to {@link Builder#maxBlock(Duration)} and then throws {@link AuditException} — the caller learns
 *       that its event was not recorded.
 *   <li><b>Reporting.</b> When the wrapped sink fails, the event and the failure go to the {@link FailureHandler}
 *       (by default: logged at ERROR, by event id), and the next {@link #flush()} or {@link #close()} throws an
 *       {@link AuditException} counting the events lost since the previous one.
 * </ul>
 *
 * <p>Events reach the wrapped sink in the order {@link #write} accepted them. The worker is a daemon thread: close
 * the sink before the JVM exits, or queued events are lost. Thread-safe.
 */
public final class AsyncAuditSink implements AuditSink {
  private static final Logger log = LoggerFactory.getLogger(AsyncAuditSink.class);

  /** Receives each event the wrapped sink failed to write. Called on the worker thread; must not block long. */
  @FunctionalInterface
  public interface FailureHandler {
    void failed(AuditEvent event, RuntimeException failure);
  }

  /** A marker in the queue: the worker flushes the wrapped sink (and closes it, for close) and completes it. */
  private record Barrier(boolean close, CompletableFuture<Void> done) {}

  private final AuditSink delegate;
  private final BlockingQueue<Object> queue;
  private final int capacity;
  private final Duration maxBlock;
  private final FailureHandler onFailure;
  private final Thread worker;
  private final Object failureLock = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  /**
   * Writes and flushes enqueue under the read lock, close marks the sink closed under the write lock: so the closing
   * barrier is the last item ever queued, and no event or flush waits behind it for a worker that has ended.
   */
  private final ReadWriteLock enqueueing = new ReentrantReadWriteLock();
  /** Events accepted by write and not yet handed to the delegate (queued, or in the worker's batch). */
  private final AtomicInteger pending = new AtomicInteger();
  private long failuresSinceFlush; // guarded by failureLock
  private RuntimeException firstFailure; // guarded by failureLock

  private AsyncAuditSink(Builder b) {
    this.delegate = b.delegate;
    this.capacity = b.capacity;
    this.queue = new ArrayBlockingQueue<>(b.capacity);
    this.maxBlock = b.maxBlock;
    this.onFailure = b.onFailure != null ? b.onFailure : (event, failure) -> log.error(
        "audit event {} ({}) could not be written to {}: {}", event.id(), event.action().eventName(), delegate,
        failure.toString());
    this.worker = new Thread(this::run, "iconik-opentext-audit-async");
    worker.setDaemon(true);
    worker.start();
  }

  /** Starts an asynchronous sink in front of {@code delegate}, which it owns from then on (and closes). */
  public static Builder builder(AuditSink delegate) {
    return new Builder(delegate);
  }

  /**
   * Queues the event, waiting up to {@code maxBlock} for room.
   *
   * @throws AuditException if the queue stayed full, the thread was interrupted while waiting, or the sink is closed
   */
  @Override
  public void write(AuditEvent event) {
    Objects.requireNonNull(event, "event == null");
    boolean accepted = false;
    enqueueing.readLock().lock();
    try {
      if (closed.get()) {
        throw new AuditException("asynchronous audit sink is closed; event " + event.id() + " was not recorded");
      }
      pending.incrementAndGet(); // before the offer: the worker may write the event before offer returns
      accepted = maxBlock.isZero()
          ? queue.offer(event)
          : queue.offer(event, maxBlock.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      pending.decrementAndGet();
      Thread.currentThread().interrupt();
      throw new AuditException("interrupted while waiting for room in the audit queue; event " + event.id()
          + " was not recorded", e);
    } finally {
      enqueueing.readLock().unlock();
    }
    if (!accepted) {
      pending.decrementAndGet();
      throw new AuditException("audit queue (" + capacity + " events) stayed full for " + maxBlock + "; event "
          + event.id() + " (" + event.action().eventName() + ") was not recorded");
    }
  }

  /**
   * Waits until every event queued before this call was handed to the wrapped sink, and flushes it.
   *
   * @throws AuditException if any event failed to be written since the last flush, or the wrapped flush failed
   */
  @Override
  public void flush() {
    Barrier barrier = new Barrier(false, new CompletableFuture<>());
    if (enqueue(barrier)) {
      await(barrier);
    }
    throwFailures();
  }

  /**
   * How many events {@link #write} accepted that the wrapped sink has not finished writing — queued, or taken by the
   * worker and being written: a moment's reading, for a gauge (a depth that stays near {@link #capacity()} means the
   * wrapped sink cannot keep up and writers will soon block). Thread-safe and cheap.
   */
  public int queueDepth() {
    return Math.max(0, pending.get());
  }

  /** How many events the queue holds at most ({@link Builder#capacity(int)}). */
  public int capacity() {
    return capacity;
  }

  /** Drains the queue into the wrapped sink, closes it, and stops the worker thread (waiting for it). Idempotent. */
  @Override
  public void close() {
    Barrier closing = new Barrier(true, new CompletableFuture<>());
    enqueueing.writeLock().lock();
    try {
      if (!closed.compareAndSet(false, true)) {
        return;
      }
    } finally {
      enqueueing.writeLock().unlock();
    }
    try {
      put(closing); // no write or flush can enqueue any more: the closing barrier is the queue's last item
      await(closing);
    } finally {
      joinWorker();
    }
    throwFailures();
  }

  /** Queues {@code barrier} unless the sink is closed; false if it is. */
  private boolean enqueue(Barrier barrier) {
    enqueueing.readLock().lock();
    try {
      if (closed.get()) {
        return false;
      }
      put(barrier);
      return true;
    } finally {
      enqueueing.readLock().unlock();
    }
  }

  /** The worker ends right after the closing barrier; waiting for it means no audit thread outlives close(). */
  private void joinWorker() {
    if (Thread.currentThread() == worker) {
      return;
    }
    try {
      worker.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Barrier barrier) {
    try {
      queue.put(barrier);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditException("interrupted while waiting for room in the audit queue", e);
    }
  }

  private void await(Barrier barrier) {
    try {
      barrier.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AuditException("interrupted while waiting for the audit queue to drain", e);
    } catch (ExecutionException e) {
      throw new AuditException("audit sink " + delegate + " failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private void run() {
    List<Object> batch = new ArrayList<>(256);
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return; // nobody interrupts the worker but a JVM shutting down
      }
      queue.drainTo(batch, 255);
      for (Object item : batch) {
        if (item instanceof AuditEvent event) {
          try {
            delegate.write(event);
          } catch (RuntimeException e) {
            failed(event, e);
          } finally {
            pending.decrementAndGet();
          }
        } else if (item instanceof Barrier barrier) {
          try {
            if (barrier.close()) {
              delegate.close();
            } else {
              delegate.flush();
            }
            barrier.done().complete(null);
          } catch (RuntimeException e) {
            barrier.done().completeExceptionally(e);
          }
          if (barrier.close()) {
            return;
          }
        }
      }
      batch.clear();
    }
  }

  private void failed(AuditEvent event, RuntimeException failure) {
    synchronized (failureLock) {
      if (failuresSinceFlush++ == 0) {
        firstFailure = failure;
      }
    }
    try {
      onFailure.failed(event, failure);
    } catch (RuntimeException e) {
      log.error("audit failure handler failed for event {}", event.id(), e);
    }
  }

  private void throwFailures() {
    long count;
    RuntimeException first;
    synchronized (failureLock) {
      count = failuresSinceFlush;
      first = firstFailure;
      failuresSinceFlush = 0;
      firstFailure = null;
    }
    if (count > 0) {
      throw new AuditException(count + " audit event(s) could not be written to " + delegate
          + " since the last flush; first failure: " + first.getMessage(), first);
    }
  }

  @Override
  public String toString() {
    return "asynchronous audit sink in front of " + delegate;
  }

  /** Builds an {@link AsyncAuditSink}. Not thread-safe. */
  public static final class Builder {
    private final AuditSink delegate;
    private int capacity = 8192;
    private Duration maxBlock = Duration.ofSeconds(10);
    private FailureHandler onFailure;

    private Builder(AuditSink delegate) {
      this.delegate = Objects.requireNonNull(delegate, "delegate == null");
    }

    /** How many events may wait in the queue (default 8192). */
    public Builder capacity(int capacity) {
      if (capacity < 1) {
        throw new ConfigurationException("audit queue capacity must be at least 1, was " + capacity);
      }
      this.capacity = capacity;
      return this;
    }

    /** How long {@link #write} waits for room before it throws (default 10 s); zero: throw at once. */
    public Builder maxBlock(Duration maxBlock) {
      Objects.requireNonNull(maxBlock, "maxBlock == null");
      if (maxBlock.isNegative()) {
        throw new ConfigurationException("maxBlock is negative: " + maxBlock);
      }
      this.maxBlock = maxBlock;
      return this;
    }

    /** Receives events the wrapped sink failed to write; by default they are logged at ERROR. */
    public Builder onFailure(FailureHandler handler) {
      this.onFailure = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    public AsyncAuditSink build() {
      return new AsyncAuditSink(this);
    }
  }
}
