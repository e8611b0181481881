package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.internal.Leased;
import io.github.iconikopentext.core.internal.SdkThreadFactory;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads of transfers: a cached pool for the stages of each pipeline (download connections, digests) and for
 * progress reports ({@code iconik-opentext-transfer-n}), and one timer thread for the stall watchdog and the
 * progress schedule ({@code iconik-opentext-transfer-timer-n}). They run while a transfer does: every
 * {@link TransferPipeline} holds a lease from start to close, and when the last pipeline closes both pools are shut
 * down and their threads joined, so no transfer thread outlives the transfers. Not part of the API.
 */
final class TransferThreads {
  private static final Logger log = LoggerFactory.getLogger(TransferThreads.class);
  /** How long the last pipeline's close waits for stages that are still ending. */
  private static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final Leased<Pools> POOLS = new Leased<>(Pools::start, Pools::stop);

  private TransferThreads() {}

  /** Takes a lease on the transfer threads, for one pipeline. */
  static Leased.Lease acquire() {
    return POOLS.acquire();
  }

  static ExecutorService workers() {
    return POOLS.get().workers();
  }

  static ScheduledExecutorService timer() {
    return POOLS.get().timer();
  }

  private record Pools(ThreadPoolExecutor workers, SdkThreadFactory workerThreads, ScheduledThreadPoolExecutor timer,
      SdkThreadFactory timerThreads) {
    static Pools start() {
      SdkThreadFactory workerThreads = new SdkThreadFactory("transfer");
      SdkThreadFactory timerThreads = new SdkThreadFactory("transfer-timer");
      ThreadPoolExecutor workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
          new SynchronousQueue<>(), workerThreads);
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, timerThreads);
      timer.setRemoveOnCancelPolicy(true);
      return new Pools(workers, workerThreads, timer, timerThreads);
    }

    void stop() {
      timer.shutdown();
      workers.shutdown();
      if (!(timerThreads.join(PATIENCE) & workerThreads.join(PATIENCE))) {
        log.warn("transfer threads still busy {} after the last transfer closed: {} running", PATIENCE,
            workers.getActiveCount());
      }
    }
  }
}
