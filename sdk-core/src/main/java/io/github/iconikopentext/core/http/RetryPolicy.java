package io.github.iconikopentext.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how often a failed call is tried again. Applied in one place, the SDK's own retry loop (not resilience4j:
 * the loop also owns the deadline, the asynchronous re-submission and the call listeners' retry events).
 *
 * <p>Retried: network failures (connection refused or reset, timeouts, empty responses), HTTP 429, 502, 503 and
 * 504 — for GET, HEAD, PUT, DELETE and OPTIONS, and for POST/PATCH methods marked {@link Idempotent}. Other POSTs
 * and PATCHes are retried only after a 429, which the server sends without processing the request. The wait is the
 * server's {@code Retry-After} (seconds or HTTP-date) capped at {@link #maxRetryAfter()}, otherwise exponential
 * back-off from {@link #initialBackoff()} doubling up to {@link #maxBackoff()}, with ±{@link #jitter()} randomness.
 * No retry starts once {@link #totalBudget()} would be exceeded.
 *
 * <p>A request that failed before it was written (connecting failed, or the pooled connection was found closed) is
 * retried whatever its method: it cannot have been processed.
 *
 * <p>The total budget is also the call's deadline: the attempt in flight when it runs out is cancelled and the call
 * ends with a {@link io.github.iconikopentext.core.error.NetworkException}, however slowly the server is answering.
 * Calls of methods marked {@link StreamingBody} have no deadline; their bodies must keep moving instead.
 *
 * @param maxAttempts total attempts including the first; 1 disables retries
 * @param initialBackoff the wait before the first retry, without {@code Retry-After}
 * @param maxBackoff the largest exponential wait
 * @param maxRetryAfter the largest {@code Retry-After} honoured; longer hints are cut to this
 * @param totalBudget the most time one call may take, waits included: its deadline; positive
 * @param jitter the random fraction (0–1) applied to exponential waits
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    Duration totalBudget,
    double jitter) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff == null");
    Objects.requireNonNull(maxBackoff, "maxBackoff == null");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter == null");
    Objects.requireNonNull(totalBudget, "totalBudget == null");
    if (totalBudget.isNegative() || totalBudget.isZero()) {
      throw new IllegalArgumentException("totalBudget must be positive: " + totalBudget);
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be within 0..1: " + jitter);
    }
  }

  /** 4 attempts, 250 ms doubling to 8 s, Retry-After honoured up to 60 s, 2 minutes in all, 50% jitter. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(8), Duration.ofSeconds(60),
        Duration.ofMinutes(2), 0.5);
  }

  /** No retries; calls still end at the default deadline of 2 minutes. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(2), 0);
  }

  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter, totalBudget, jitter);
  }

  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter, totalBudget, jitter);
  }

  public RetryPolicy withMaxRetryAfter(Duration cap) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, cap, totalBudget, jitter);
  }

  public RetryPolicy withTotalBudget(Duration budget) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, budget, jitter);
  }

  public RetryPolicy withJitter(double fraction) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, totalBudget, fraction);
  }
}
