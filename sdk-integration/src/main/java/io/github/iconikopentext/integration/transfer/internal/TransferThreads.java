package io.github.iconikopentext.integration.transfer.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process-wide threads of transfers: a cached pool for the stages of each pipeline (download connections,
 * digests) and for progress reports, and one timer thread for the stall watchdog and the progress schedule. All are
 * daemon threads that end when idle for a minute, so nothing needs shutting down. Not part of the API.
 */
final class TransferThreads {
  private TransferThreads() {}

  private static final class Holder {
    static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), factory("iconik-opentext-transfer-"));
    static final ScheduledExecutorService TIMER = timer();

    private static ScheduledExecutorService timer() {
      ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, factory("iconik-opentext-transfer-timer-"));
      timer.setKeepAliveTime(60, TimeUnit.SECONDS);
      timer.allowCoreThreadTimeOut(true);
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }

  static ExecutorService workers() {
    return Holder.WORKERS;
  }

  static ScheduledExecutorService timer() {
    return Holder.TIMER;
  }

  private static ThreadFactory factory(String prefix) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory defaults = Executors.defaultThreadFactory();
    return task -> {
      Thread thread = defaults.newThread(task);
      thread.setName(prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
