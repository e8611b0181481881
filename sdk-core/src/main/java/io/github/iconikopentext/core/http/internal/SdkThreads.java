package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.internal.Leased;
import io.github.iconikopentext.core.internal.SdkThreadFactory;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads sdk-core shares between all clients: the scheduler of delayed async re-submissions
 * ({@code iconik-opentext-scheduler-1}) and the dispatcher of the shared OkHttp client
 * ({@code iconik-opentext-http-n}; OkHttp renames a dispatcher thread to {@code OkHttp <url>} while it runs a call).
 * Every {@link io.github.iconikopentext.core.http.HttpStack} holds a lease; when the last is released both executors
 * are shut down, the shared client's idle connections are evicted, and the threads are joined, so no SDK thread
 * outlives the last client. The next lease starts both again with a fresh shared client. Thread-safe. Not part of the
 * API.
 */
public final class SdkThreads {
  private static final Logger log = LoggerFactory.getLogger(SdkThreads.class);
  /** How long the last release waits for calls and re-submissions already under way to end. */
  private static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final Leased<Shared> SHARED = new Leased<>(Shared::start, Shared::stop);

  private SdkThreads() {}

  /** Takes a lease on the shared threads; release it when the client that took it is closed. */
  public static Leased.Lease acquire() {
    return SHARED.acquire();
  }

  /** The running scheduler (started if needed). */
  static ScheduledThreadPoolExecutor scheduler() {
    return SHARED.get().scheduler();
  }

  /** The running shared OkHttp client (started if needed). */
  static OkHttpClient httpClient() {
    return SHARED.get().http();
  }

  private record Shared(ScheduledThreadPoolExecutor scheduler, SdkThreadFactory schedulerThreads, OkHttpClient http,
      SdkThreadFactory httpThreads) {
    static Shared start() {
      SdkThreadFactory schedulerThreads = new SdkThreadFactory("scheduler");
      ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, schedulerThreads);
      scheduler.setRemoveOnCancelPolicy(true);
      SdkThreadFactory httpThreads = new SdkThreadFactory("http");
      // As OkHttp's own dispatcher pool, but with the SDK's daemon threads, so that they can be stopped and joined.
      ExecutorService dispatch = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
          new SynchronousQueue<>(), httpThreads);
      OkHttpClient http = new OkHttpClient.Builder()
          .dispatcher(new Dispatcher(dispatch))
          .followSslRedirects(false)
          .build();
      return new Shared(scheduler, schedulerThreads, http, httpThreads);
    }

    void stop() {
      // Re-submissions already scheduled still run (and fail their calls at once, the dispatcher being shut down).
      scheduler.shutdown();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      boolean ended = schedulerThreads.join(PATIENCE) & httpThreads.join(PATIENCE);
      if (!ended) {
        log.warn("SDK threads still busy {} after the last client was closed: {} queued re-submissions, {} calls"
            + " running; they end when those do", PATIENCE, scheduler.getQueue().size(),
            http.dispatcher().runningCallsCount());
      }
    }
  }
}
