package io.github.iconikopentext.core.http.internal;

import java.util.concurrent.ScheduledExecutorService;

/**
 * One daemon thread that only schedules delayed re-submissions of async calls (retry back-off, rate-limit waits),
 * so that no OkHttp dispatcher thread ever sleeps. The scheduled tasks enqueue and return at once. It runs while a
 * client holds a lease on {@link SdkThreads}. Not part of the API.
 */
public final class SdkScheduler {
  private SdkScheduler() {}

  public static ScheduledExecutorService get() {
    return SdkThreads.scheduler();
  }
}
