package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.error.ServerException;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.core.http.Sleeper;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;
import okio.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs Retrofit calls with the SDK's rate limit, retry policy, deadline and error mapping, synchronously (waiting
 * with the injected {@link Sleeper}) or asynchronously (re-submitting from {@link SdkScheduler}, never sleeping on an
 * OkHttp thread). Retry decisions and back-off come from a resilience4j {@link Retry}. The policy's total budget is a
 * deadline: each attempt's OkHttp call times out (and is cancelled) when the budget runs out, except for calls marked
 * {@link io.github.iconikopentext.core.http.StreamingBody}. Thread-safe. Not part of the API.
 */
public final class CallExecutor {
  private static final Logger log = LoggerFactory.getLogger(CallExecutor.class);
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

  private final String service;
  private final RetryPolicy policy;
  private final Retry retry;
  /**
   * For calls that may not be repeated: only a 429, which the server answered without processing the request, and a
   * request that was never sent.
   */
  private final Retry unprocessedRetry;
  private final RateLimiter rateLimiter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;

  public CallExecutor(String service, RetryPolicy policy, RateLimit rateLimit, Sleeper sleeper, Clock clock) {
    this.service = service;
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.scheduler = SdkScheduler.get();
    this.retry = retry(service, CallExecutor::isRetryable);
    this.unprocessedRetry = retry(service + "-unprocessed", t -> t instanceof RateLimitException || notSent(t));
    this.rateLimiter = rateLimit == null ? null : RateLimiter.of(service, RateLimiterConfig.custom()
        .limitForPeriod(rateLimit.burst())
        .limitRefreshPeriod(rateLimit.refreshPeriod())
        .timeoutDuration(rateLimit.maxWait())
        .build());
  }

  private Retry retry(String name, java.util.function.Predicate<Throwable> retryable) {
    return Retry.of(name, RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .retryOnException(retryable)
        .intervalBiFunction((IntervalBiFunction<Object>) (attempt, outcome) ->
            outcome.isLeft() ? backoffMillis(attempt, outcome.getLeft()) : -1L)
        .build());
  }

  /** Whether a failure may be retried (given that the call itself may be repeated). */
  static boolean isRetryable(Throwable t) {
    if (t instanceof NetworkException) {
      return true;
    }
    if (t instanceof RateLimitException) {
      return true;
    }
    return t instanceof ServerException s && RETRYABLE_STATUSES.contains(s.statusCode());
  }

  /** Whether a failure happened before the request was written: it cannot have been processed. */
  static boolean notSent(Throwable t) {
    return t instanceof NetworkException && t.getCause() instanceof RequestNotSentException;
  }

  long backoffMillis(int attempt, Throwable failure) {
    Duration hint = null;
    if (failure instanceof RateLimitException r) {
      hint = r.retryAfter().orElse(null);
    } else if (failure instanceof ServerException s) {
      hint = s.retryAfter().orElse(null);
    }
    if (hint != null) {
      return Math.min(hint.toMillis(), policy.maxRetryAfter().toMillis());
    }
    double base = policy.initialBackoff().toMillis() * Math.pow(2, Math.max(0, attempt - 1));
    double capped = Math.min(base, policy.maxBackoff().toMillis());
    double factor = 1 + policy.jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
    return (long) Math.min(capped * factor, policy.maxBackoff().toMillis());
  }

  /** Executes {@code call}, retrying per policy; returns the body (null for 204/Void). */
  public <T> T execute(Call<T> call, boolean markedIdempotent) {
    return run(call, markedIdempotent).body();
  }

  /** Like {@link #execute(Call, boolean)}, telling {@code observer} (if not null) how the call ended. */
  public <T> T execute(Call<T> call, boolean markedIdempotent, CallObserver observer) {
    if (observer == null) {
      return execute(call, markedIdempotent);
    }
    Response<T> response;
    try {
      response = run(call, markedIdempotent);
    } catch (RuntimeException failure) {
      notifyFailed(observer, call.request(), failure);
      throw failure;
    }
    observer.succeeded(call.request(), response.raw());
    return response.body();
  }

  private <T> Response<T> run(Call<T> call, boolean markedIdempotent) {
    Request request = call.request();
    Retry.AsyncContext<Object> context = retryContext(request, markedIdempotent);
    boolean deadline = !BodyLimits.isStreaming(request);
    long started = System.nanoTime();
    long waitedMillis = 0;
    Call<T> current = call;
    while (true) {
      waitedMillis += awaitPermit(request);
      long spentBefore = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + waitedMillis;
      if (deadline && !arm(current, spentBefore)) {
        throw deadlineExceeded(request, null);
      }
      try {
        Response<T> response = attempt(current);
        if (context != null) {
          context.onComplete();
        }
        return response;
      } catch (SdkException thrown) {
        long spent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + waitedMillis;
        SdkException failure = deadline && spent >= budgetMillis() && thrown instanceof NetworkException
            ? deadlineExceeded(request, thrown) : thrown;
        long delay = context == null ? -1 : context.onError(failure);
        if (delay < 0 || spent + delay > budgetMillis()) {
          throw failure;
        }
        log.debug("{} {} {} failed ({}), retrying in {} ms", service, request.method(),
            request.url().encodedPath(), reason(failure), delay);
        sleep(Duration.ofMillis(delay));
        waitedMillis += delay;
        current = current.clone();
      }
    }
  }

  /** Executes {@code call} asynchronously; retries are re-submitted from the scheduler thread. */
  public <T> CompletableFuture<T> executeAsync(Call<T> call, boolean markedIdempotent) {
    return executeAsync(call, markedIdempotent, null);
  }

  /** Like {@link #executeAsync(Call, boolean)}, telling {@code observer} (if not null) how the call ended. */
  public <T> CompletableFuture<T> executeAsync(Call<T> call, boolean markedIdempotent, CallObserver observer) {
    Request request = call.request();
    Retry.AsyncContext<Object> context = retryContext(request, markedIdempotent);
    CompletableFuture<T> future = new CompletableFuture<>();
    AtomicReference<Call<T>> inFlight = new AtomicReference<>(call);
    boolean deadline = !BodyLimits.isStreaming(request);
    future.whenComplete((value, error) -> {
      if (future.isCancelled()) {
        inFlight.get().cancel();
      }
    });
    new AsyncAttempt<>(request, context, deadline, future, inFlight, System.nanoTime(), observer).start(call);
    return future;
  }

  private final class AsyncAttempt<T> {
    private final Request request;
    private final Retry.AsyncContext<Object> context;
    private final boolean deadline;
    private final CompletableFuture<T> future;
    private final AtomicReference<Call<T>> inFlight;
    private final long started;
    private final CallObserver observer;

    AsyncAttempt(Request request, Retry.AsyncContext<Object> context, boolean deadline, CompletableFuture<T> future,
        AtomicReference<Call<T>> inFlight, long started, CallObserver observer) {
      this.request = request;
      this.context = context;
      this.deadline = deadline;
      this.future = future;
      this.inFlight = inFlight;
      this.started = started;
      this.observer = observer;
    }

    void start(Call<T> call) {
      if (future.isDone()) {
        return;
      }
      inFlight.set(call);
      long waitNanos = reservePermit();
      if (waitNanos < 0) {
        fail(permitTimeout(request));
      } else if (waitNanos > 0) {
        later(() -> enqueue(call), waitNanos, TimeUnit.NANOSECONDS);
      } else {
        enqueue(call);
      }
    }

    private void enqueue(Call<T> call) {
      if (deadline && !arm(call, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))) {
        fail(deadlineExceeded(request, null));
        return;
      }
      call.enqueue(new Callback<T>() {
        @Override
        public void onResponse(Call<T> c, Response<T> response) {
          if (response.isSuccessful()) {
            if (context != null) {
              context.onComplete();
            }
            succeed(response);
          } else {
            failed(c, ErrorMapper.map(response.raw(), response.errorBody(), clock));
          }
        }

        @Override
        public void onFailure(Call<T> c, Throwable t) {
          SdkException fromInterceptor = suppressedSdkException(t);
          if (fromInterceptor != null) {
            // OkHttp reports an interceptor's RuntimeException (e.g. no token) as IOException("canceled due to …")
            // with the original suppressed: surface the original, which is not a network failure.
            failed(c, fromInterceptor);
          } else if (t instanceof IOException io) {
            failed(c, ioFailure(request, io));
          } else if (t instanceof SdkException s) {
            failed(c, s);
          } else {
            fail(t);
          }
        }
      });
    }

    private void succeed(Response<T> response) {
      if (observer != null) {
        try {
          observer.succeeded(request, response.raw());
        } catch (RuntimeException e) {
          future.completeExceptionally(e);
          return;
        }
      }
      future.complete(response.body());
    }

    private void fail(Throwable failure) {
      if (observer != null) {
        notifyFailed(observer, request, failure);
      }
      future.completeExceptionally(failure);
    }

    private void failed(Call<T> call, SdkException thrown) {
      long spent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      SdkException failure = deadline && spent >= budgetMillis() && thrown instanceof NetworkException
          ? deadlineExceeded(request, thrown) : thrown;
      long delay = context == null || call.isCanceled() ? -1 : context.onError(failure);
      if (delay < 0 || spent + delay > budgetMillis()) {
        fail(failure);
        return;
      }
      log.debug("{} {} {} failed ({}), retrying in {} ms", service, request.method(),
          request.url().encodedPath(), reason(failure), delay);
      later(() -> start(call.clone()), delay, TimeUnit.MILLISECONDS);
    }

    /** Schedules {@code task}; after the client was closed (the scheduler stopped), fails the call instead. */
    private void later(Runnable task, long delay, TimeUnit unit) {
      try {
        scheduler.schedule(task, delay, unit);
      } catch (RejectedExecutionException closed) {
        fail(new IllegalStateException(service + " client was closed; " + request.method() + " "
            + request.url().encodedPath() + " was not retried", closed));
      }
    }
  }

  private static void notifyFailed(CallObserver observer, Request request, Throwable failure) {
    try {
      observer.failed(request, failure);
    } catch (RuntimeException e) {
      log.error("{} {}: observer of a failed call failed", request.method(), request.url().encodedPath(), e);
      failure.addSuppressed(e);
    }
  }

  private static SdkException suppressedSdkException(Throwable t) {
    for (Throwable suppressed : t.getSuppressed()) {
      if (suppressed instanceof SdkException s) {
        return s;
      }
    }
    return null;
  }

  private <T> Response<T> attempt(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw ioFailure(call.request(), e);
    } catch (InvalidResponseException e) {
      Request r = call.request();
      throw new InvalidResponseException(
          r.method() + " " + r.url().encodedPath() + ": " + e.getMessage(), e.excerpt(), e.getCause());
    }
    if (response.isSuccessful()) {
      return response;
    }
    throw ErrorMapper.map(response.raw(), response.errorBody(), clock);
  }

  /**
   * The SDK exception for an I/O failure of {@code request}: a response over the size limit is an invalid response,
   * anything else a network failure.
   */
  public static SdkException ioFailure(Request request, IOException e) {
    return ioFailure(request.method() + " " + request.url().encodedPath(), e);
  }

  /** As {@link #ioFailure(Request, IOException)}, for the call described as {@code call} ("GET /path"). */
  public static SdkException ioFailure(String call, IOException e) {
    if (e instanceof ResponseTooLargeException) {
      return new InvalidResponseException(call + ": " + e.getMessage(), "", e);
    }
    IOException shown = e instanceof RequestNotSentException && e.getCause() instanceof IOException cause ? cause : e;
    return new NetworkException(call + " failed: " + shown.getClass().getSimpleName()
        + (shown.getMessage() == null ? "" : " " + shown.getMessage())
        + (e instanceof RequestNotSentException ? " (the request was not sent)" : ""), e);
  }

  private long budgetMillis() {
    return policy.totalBudget().toMillis();
  }

  /**
   * Sets the timeout of the attempt's OkHttp call to what is left of the budget (or the client's call timeout, if
   * shorter): when it fires, OkHttp cancels the call, body reading included. False when nothing is left.
   */
  private boolean arm(Call<?> call, long spentMillis) {
    long remaining = budgetMillis() - spentMillis;
    if (remaining <= 0) {
      return false;
    }
    Timeout timeout = call.timeout();
    long nanos = TimeUnit.MILLISECONDS.toNanos(remaining);
    if (timeout.timeoutNanos() == 0 || nanos < timeout.timeoutNanos()) {
      timeout.timeout(nanos, TimeUnit.NANOSECONDS);
    }
    return true;
  }

  private NetworkException deadlineExceeded(Request request, SdkException failure) {
    return new NetworkException(request.method() + " " + request.url().encodedPath() + ": no result within the total"
        + " budget of " + policy.totalBudget().toMillis() + " ms (the call was cancelled)"
        + (failure == null ? "" : "; last failure: " + failure.getMessage()), failure);
  }

  private Retry.AsyncContext<Object> retryContext(Request request, boolean markedIdempotent) {
    if (policy.maxAttempts() < 2) {
      return null;
    }
    return (Idempotency.mayRepeat(request.method(), markedIdempotent) ? retry : unprocessedRetry).asyncContext();
  }

  private long awaitPermit(Request request) {
    long nanos = reservePermit();
    if (nanos < 0) {
      throw permitTimeout(request);
    }
    if (nanos > 0) {
      sleep(Duration.ofNanos(nanos));
    }
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  private long reservePermit() {
    return rateLimiter == null ? 0 : rateLimiter.reservePermission();
  }

  private RateLimitException permitTimeout(Request request) {
    return new RateLimitException(request.method(), request.url().encodedPath(), null,
        new ErrorDetails(List.of("client-side rate limit of " + service + " gave no permit within its maximum wait"),
            java.util.Map.of(), null, ""),
        null);
  }

  private void sleep(Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetworkException("interrupted while waiting to retry", e);
    }
  }

  private static String reason(SdkException failure) {
    return failure instanceof io.github.iconikopentext.core.error.ApiException api
        ? "HTTP " + api.statusCode()
        : failure.getClass().getSimpleName();
  }
}
