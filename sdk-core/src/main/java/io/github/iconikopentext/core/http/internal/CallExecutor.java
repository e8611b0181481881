package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.CallSummary;
import io.github.iconikopentext.core.http.ErrorBodyFormat;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.core.http.Sleeper;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okio.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs Retrofit calls with the SDK's rate limit, retry, deadline, error mapping and {@link CallListener}s,
 * synchronously (waiting with the injected {@link Sleeper}) or asynchronously ({@link AsyncAttempt}: re-submitting
 * from {@link SdkScheduler}, never sleeping on an OkHttp thread). The retry loop is the SDK's own; what it retries and
 * how long it waits is {@link RetryRule}'s; resilience4j provides only the client-side rate limiter. The policy's
 * total budget is a deadline: each attempt's OkHttp call times out (and is cancelled) when the budget runs out,
 * except for calls marked {@link io.github.iconikopentext.core.http.StreamingBody}. Thread-safe. Not part of the API.
 */
public final class CallExecutor {
  private static final Logger log = LoggerFactory.getLogger(CallExecutor.class);

  private final String client;
  private final RetryRule rule;
  private final Duration budget;
  private final RateLimiter rateLimiter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final CallListener listener;
  private final ErrorBodyFormat errorFormat;
  private final ScheduledExecutorService scheduler;

  public CallExecutor(String client, RetryPolicy policy, RateLimit rateLimit, Sleeper sleeper, Clock clock,
      CallListener listener, ErrorBodyFormat errorFormat) {
    this.client = client;
    this.rule = new RetryRule(policy);
    this.budget = policy.totalBudget();
    this.sleeper = sleeper;
    this.clock = clock;
    this.listener = listener;
    this.errorFormat = errorFormat;
    this.scheduler = SdkScheduler.get();
    this.rateLimiter = rateLimit == null ? null : RateLimiter.of(client, RateLimiterConfig.custom()
        .limitForPeriod(rateLimit.burst())
        .limitRefreshPeriod(rateLimit.refreshPeriod())
        .timeoutDuration(rateLimit.maxWait())
        .build());
  }

  /** Executes {@code call}, retrying per policy; returns the body (null for 204/Void). */
  public <T> T execute(Call<T> call, boolean markedIdempotent) {
    CallRun run = begin(call.request(), markedIdempotent);
    Response<T> response;
    try {
      response = run(run, call);
    } catch (RuntimeException failure) {
      throw failed(run, failure);
    }
    ended(run, response);
    return response.body();
  }

  /** Executes {@code call} asynchronously; retries are re-submitted from the scheduler thread. */
  public <T> CompletableFuture<T> executeAsync(Call<T> call, boolean markedIdempotent) {
    CallRun run;
    try {
      run = begin(call.request(), markedIdempotent);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return AsyncAttempt.start(this, run, call);
  }

  private <T> Response<T> run(CallRun run, Call<T> call) {
    Request request = call.request();
    long waitedMillis = 0; // counted apart from the clock: an injected Sleeper may not really wait
    Call<T> current = call;
    while (true) {
      waitedMillis += awaitPermit(run);
      if (run.deadline && !arm(current, run.elapsedMillis() + waitedMillis)) {
        throw deadlineExceeded(request, null);
      }
      run.attempt();
      try {
        return attempt(current);
      } catch (SdkException thrown) {
        long spent = run.elapsedMillis() + waitedMillis;
        SdkException failure = atDeadline(run, thrown, spent);
        long delay = retryDelay(run, failure, spent);
        if (delay < 0) {
          throw failure;
        }
        sleep(Duration.ofMillis(delay));
        waitedMillis += delay;
        current = current.clone();
      }
    }
  }

  // Steps shared with AsyncAttempt.

  /**
   * Starts a logical call and tells the listeners; a listener's exception aborts it, and the listeners are told it
   * failed with that exception (those told of its start close what they opened for it, e.g. a span).
   */
  private CallRun begin(Request request, boolean markedIdempotent) {
    CallRun run = new CallRun(client, request, markedIdempotent);
    try {
      listener.callStart(run.info);
    } catch (RuntimeException e) {
      throw failed(run, e);
    }
    return run;
  }

  /** Tells the listeners the call succeeded; their exception fails the call. */
  void ended(CallRun run, Response<?> response) {
    okhttp3.Response raw = response.raw();
    listener.callEnd(run.info, new CallSummary(raw.code(), run.attempts(), Duration.ofNanos(run.elapsedNanos()),
        run.requestBytes, responseBytes(raw),
        Optional.ofNullable(ErrorMapper.requestId(raw))));
  }

  private static long responseBytes(okhttp3.Response raw) {
    long declared = raw.body() == null ? -1 : raw.body().contentLength();
    if (declared >= 0) {
      return declared;
    }
    String header = raw.header("Content-Length");
    try {
      return header == null ? -1 : Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Tells the listeners the call failed for good; returns {@code failure}, their exceptions suppressed into it. */
  <X extends Throwable> X failed(CallRun run, X failure) {
    ApiException api = failure instanceof ApiException a ? a : null;
    CallSummary summary = new CallSummary(api == null ? CallSummary.NO_STATUS : api.statusCode(), run.attempts(),
        Duration.ofNanos(run.elapsedNanos()), run.requestBytes, -1,
        Optional.ofNullable(api == null ? null : api.requestId()));
    try {
      listener.callFailed(run.info, summary, failure);
    } catch (RuntimeException e) {
      log.error("{} {}: a listener of the failed call failed", client, run.info.operation(), e);
      failure.addSuppressed(e);
    }
    return failure;
  }

  /**
   * The wait before the next attempt after {@code failure}, {@code spent} milliseconds into the call, or -1 when the
   * call ends with it: not retryable, out of attempts, or the wait would pass the deadline.
   */
  long retryDelay(CallRun run, SdkException failure, long spent) {
    long delay = rule.delayMillis(run.attempts(), failure, run.mayRepeat);
    if (delay < 0 || spent + delay > rule.budgetMillis()) {
      return -1;
    }
    log.debug("{} {} {} failed ({}), retrying in {} ms", client, run.info.method(), run.info.path(),
        reason(failure), delay);
    listener.callRetry(run.info, run.attempts(), failure, Duration.ofMillis(delay));
    return delay;
  }

  /** {@code thrown}, or a deadline failure if it is a network failure after the budget ran out. */
  SdkException atDeadline(CallRun run, SdkException thrown, long spent) {
    return run.deadline && spent >= rule.budgetMillis() && thrown instanceof NetworkException
        ? deadlineExceeded(run.info.request(), thrown) : thrown;
  }

  /**
   * Sets the timeout of the attempt's OkHttp call to what is left of the budget (or the client's call timeout, if
   * shorter): when it fires, OkHttp cancels the call, body reading included. False when nothing is left.
   */
  boolean arm(Call<?> call, long spentMillis) {
    long remaining = rule.budgetMillis() - spentMillis;
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

  NetworkException deadlineExceeded(Request request, SdkException failure) {
    return new NetworkException(request.method() + " " + request.url().encodedPath() + ": no result within the total"
        + " budget of " + budget.toMillis() + " ms (the call was cancelled)"
        + (failure == null ? "" : "; last failure: " + failure.getMessage()), failure);
  }

  /** Nanoseconds to wait for a rate-limit permit (reserved), or -1 if none comes within the limiter's maximum wait. */
  long reservePermit() {
    return rateLimiter == null ? 0 : rateLimiter.reservePermission();
  }

  /** Tells the listeners the call waits {@code nanos} for a permit; their exceptions are logged and ignored. */
  void rateLimited(CallRun run, long nanos) {
    listener.callRateLimited(run.info, Duration.ofNanos(nanos));
  }

  RateLimitException permitTimeout(Request request) {
    return new RateLimitException(request.method(), request.url().encodedPath(), null,
        new ErrorDetails(List.of("client-side rate limit of " + client + " gave no permit within its maximum wait"),
            Map.of(), null, ""),
        null);
  }

  /** The exception for an unsuccessful {@code response}, its body read with the vendor's error format. */
  ApiException mapError(Response<?> response) {
    return ErrorMapper.map(response.raw(), response.errorBody(), clock, errorFormat);
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
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
    throw mapError(response);
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

  private long awaitPermit(CallRun run) {
    long nanos = reservePermit();
    if (nanos < 0) {
      throw permitTimeout(run.info.request());
    }
    if (nanos > 0) {
      rateLimited(run, nanos);
      sleep(Duration.ofNanos(nanos));
    }
    return TimeUnit.NANOSECONDS.toMillis(nanos);
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
    return failure instanceof ApiException api ? "HTTP " + api.statusCode() : failure.getClass().getSimpleName();
  }
}
