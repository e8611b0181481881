package io.github.iconikopentext.integration.transfer.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * Reports a transfer's position off the data path: every interval the timer thread reads the position (a volatile
 * field the data path writes anyway) and, when it moved, hands it to the listener (which may block, and throws to
 * stop the transfer) on a worker thread — at most one
 * report in flight, so a slow listener (an iconik job update over a slow network) makes reports fewer, never the
 * transfer slower. A listener that throws fails the pipeline (e.g. a lost lease). Not part of the API.
 */
final class ProgressReporter implements AutoCloseable {

  private final LongSupplier position;
  private final LongConsumer listener;
  private final TransferPipeline pipeline;
  private final AtomicBoolean inFlight = new AtomicBoolean();
  private final ScheduledFuture<?> schedule;
  private final UnaryOperator<Runnable> propagate;
  private long reported;
  private boolean closed;

  ProgressReporter(LongSupplier position, long start, LongConsumer listener, TransferPipeline pipeline,
      Duration interval, UnaryOperator<Runnable> propagate) {
    this.position = position;
    this.propagate = propagate;
    this.listener = listener;
    this.pipeline = pipeline;
    this.reported = start;
    long millis = Math.max(1, interval.toMillis());
    this.schedule = TransferThreads.timer().scheduleWithFixedDelay(propagate.apply(this::tick), millis, millis, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    long now = position.getAsLong();
    synchronized (inFlight) {
      if (closed || now == reported || !inFlight.compareAndSet(false, true)) {
        return;
      }
    }
    reported = now;
    TransferThreads.workers().execute(propagate.apply(() -> {
      try {
        listener.accept(now);
      } catch (RuntimeException e) {
        pipeline.fail(e);
      } finally {
        synchronized (inFlight) {
          inFlight.set(false);
          inFlight.notifyAll();
        }
      }
    }));
  }

  /**
   * Stops reporting and waits (up to {@code patience}) for a report in flight, so that no stale position reaches
   * the listener after the transfer's final state.
   */
  void close(Duration patience) {
    schedule.cancel(false);
    long deadline = System.nanoTime() + patience.toNanos();
    synchronized (inFlight) {
      closed = true;
      while (inFlight.get() && System.nanoTime() < deadline) {
        try {
          inFlight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    close(Duration.ZERO);
  }
}
