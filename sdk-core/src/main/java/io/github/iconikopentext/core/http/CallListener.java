package io.github.iconikopentext.core.http;

import java.time.Duration;

/**
 * Learns about every logical call a client makes through its {@link HttpStack}: when it starts, each retry, and how
 * it ends — once, after its retries. The hook for metrics, traces and the SDK's own audit trail; register it with
 * {@link HttpOptions.Builder#addCallListener(CallListener)}. All methods have empty defaults: implement only what
 * you need.
 *
 * <p>Calls happen on the caller's thread (synchronous calls) or on OkHttp's and the SDK's threads (asynchronous
 * ones), so implementations must be thread-safe, fast and must not block. What an exception thrown by a listener
 * does: from {@link #callStart} it fails the call before anything is sent (every listener, the thrower included, is
 * then told {@link #callFailed} with it, after 0 attempts); from {@link #callEnd} it fails the call
 * (the call happened, but a listener that must record it could not); from {@link #callFailed} it is added to the
 * call's failure as suppressed; from {@link #callRetry} it is logged and otherwise ignored.
 */
public interface CallListener {

  /** Does nothing. */
  CallListener NONE = new CallListener() {};

  /** The call is about to make its first attempt (before any client-side rate-limit wait). */
  default void callStart(CallInfo call) {}

  /**
   * The call waits {@code wait} for a permit of the client-side {@link RateLimit} before its next attempt (told only
   * when it must wait; a call that gets no permit within the limit's maximum wait fails with a
   * {@link io.github.iconikopentext.core.error.RateLimitException} instead). Told before the wait, on the thread that
   * waits (synchronous calls) or schedules the attempt (asynchronous ones).
   */
  default void callRateLimited(CallInfo call, Duration wait) {}

  /**
   * Attempt {@code failedAttempt} failed with {@code failure} and the call will be tried again after {@code delay}.
   */
  default void callRetry(CallInfo call, int failedAttempt, Throwable failure, Duration delay) {}

  /** The call succeeded (a 2xx response; its body already decoded). */
  default void callEnd(CallInfo call, CallSummary summary) {}

  /** The call failed for good; {@code failure} is what the caller receives. */
  default void callFailed(CallInfo call, CallSummary summary, Throwable failure) {}
}
