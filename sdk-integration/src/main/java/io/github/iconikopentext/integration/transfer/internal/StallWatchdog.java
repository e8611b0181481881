package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fails a pipeline that made no progress (see {@link TransferActivity}) for the stall timeout, with an ENDPOINT {@code TransferStalled}
 * failure (retried like a network failure); the failure cancels the downloads, so a read blocked on a silent
 * server ends. This replaces per-read timeouts, which cost a wake-up of Okio's watchdog thread for every 8 KiB.
 * It checks a quarter of the timeout apart (at most once a second), on the transfer timer thread. Not part of the
 * API.
 */
final class StallWatchdog implements AutoCloseable {
  private final ScheduledFuture<?> check;

  StallWatchdog(TransferActivity activity, TransferPipeline pipeline, Duration timeout) {
    long timeoutNanos = timeout.toNanos();
    long period = Math.max(10, Math.min(1000, timeout.toMillis() / 4));
    this.check = TransferThreads.timer().scheduleWithFixedDelay(() -> {
      long idle = activity.idleNanos();
      if (idle > timeoutNanos) {
        pipeline.fail(new IntegrationException(FailureDomain.ENDPOINT, "TransferStalled", "transfer "
            + activity.transferId() + " stalled: no progress for " + TimeUnit.NANOSECONDS.toMillis(idle)
            + " ms (stall timeout " + timeout.toMillis() + " ms)"));
      }
    }, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    check.cancel(false);
  }
}
