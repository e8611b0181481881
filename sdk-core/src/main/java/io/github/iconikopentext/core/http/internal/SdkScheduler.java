package io.github.iconikopentext.core.http.internal;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One daemon thread that only schedules delayed re-submissions of async calls (retry back-off, rate-limit waits),
 * so that no OkHttp dispatcher thread ever sleeps. The scheduled tasks enqueue and return at once. Not part of the
 * API.
 */
public final class SdkScheduler {
  private SdkScheduler() {}

  private static final class Holder {
    static final ScheduledExecutorService INSTANCE = create();

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread t = new Thread(runnable, "iconik-opentext-sdk-scheduler");
        t.setDaemon(true);
        return t;
      });
      executor.setRemoveOnCancelPolicy(true);
      return executor;
    }
  }

  public static ScheduledExecutorService get() {
    return Holder.INSTANCE;
  }
}
