package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.error.ServerException;
import io.github.iconikopentext.core.http.RetryPolicy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SDK's retry decision, the one place that applies a {@link RetryPolicy}: which failures are retried, for which
 * calls, how many times and after which wait. The loop that acts on it is {@link CallExecutor} (synchronous) and
 * {@link AsyncAttempt} (asynchronous). Immutable and thread-safe. Not part of the API.
 */
final class RetryRule {
  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

  private final RetryPolicy policy;

  RetryRule(RetryPolicy policy) {
    this.policy = policy;
  }

  /**
   * The wait in milliseconds before the next attempt after {@code failedAttempts} attempts ended in {@code failure},
   * or -1 when the call must not be tried again.
   *
   * @param mayRepeat whether the call may be sent twice (its method or {@code @Idempotent}); if not, only failures
   *     the server cannot have processed are retried
   */
  long delayMillis(int failedAttempts, SdkException failure, boolean mayRepeat) {
    if (failedAttempts >= policy.maxAttempts()) {
      return -1;
    }
    boolean retryable = mayRepeat ? isRetryable(failure) : failure instanceof RateLimitException || notSent(failure);
    return retryable ? backoffMillis(failedAttempts, failure) : -1;
  }

  /** The deadline of one call in milliseconds. */
  long budgetMillis() {
    return policy.totalBudget().toMillis();
  }

  /** Whether a failure may be retried (given that the call itself may be repeated). */
  static boolean isRetryable(Throwable t) {
    if (t instanceof NetworkException || t instanceof RateLimitException) {
      return true;
    }
    return t instanceof ServerException s && RETRYABLE_STATUSES.contains(s.statusCode());
  }

  /** Whether a failure happened before the request was written: it cannot have been processed. */
  static boolean notSent(Throwable t) {
    return t instanceof NetworkException && t.getCause() instanceof RequestNotSentException;
  }

  private long backoffMillis(int attempt, Throwable failure) {
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
}
