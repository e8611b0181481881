package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.error.SdkException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One asynchronous call of {@link CallExecutor}: enqueues an attempt with OkHttp, and on a retryable failure
 * schedules the next from the SDK scheduler, so no thread ever sleeps. Completes its future exactly once; cancelling
 * the future cancels the attempt in flight. Not part of the API.
 */
final class AsyncAttempt<T> {
  private final CallExecutor executor;
  private final CallRun run;
  private final CompletableFuture<T> future = new CompletableFuture<>();
  private final AtomicReference<Call<T>> inFlight;

  private AsyncAttempt(CallExecutor executor, CallRun run, Call<T> call) {
    this.executor = executor;
    this.run = run;
    this.inFlight = new AtomicReference<>(call);
    future.whenComplete((value, error) -> {
      if (future.isCancelled()) {
        inFlight.get().cancel();
      }
    });
  }

  /** Starts {@code call}; the future completes with its body or its failure. */
  static <T> CompletableFuture<T> start(CallExecutor executor, CallRun run, Call<T> call) {
    AsyncAttempt<T> attempt = new AsyncAttempt<>(executor, run, call);
    attempt.next(call);
    return attempt.future;
  }

  private void next(Call<T> call) {
    if (future.isDone()) {
      return;
    }
    inFlight.set(call);
    long waitNanos = executor.reservePermit();
    if (waitNanos < 0) {
      fail(executor.permitTimeout(run.info.request()));
    } else if (waitNanos > 0) {
      executor.rateLimited(run, waitNanos);
      later(() -> enqueue(call), waitNanos, TimeUnit.NANOSECONDS);
    } else {
      enqueue(call);
    }
  }

  private void enqueue(Call<T> call) {
    if (run.deadline && !executor.arm(call, run.elapsedMillis())) {
      fail(executor.deadlineExceeded(run.info.request(), null));
      return;
    }
    run.attempt();
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> c, Response<T> response) {
        if (response.isSuccessful()) {
          succeed(response);
        } else {
          failed(c, executor.mapError(response));
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
          failed(c, CallExecutor.ioFailure(run.info.request(), io));
        } else if (t instanceof SdkException s) {
          failed(c, s);
        } else {
          fail(t);
        }
      }
    });
  }

  private void succeed(Response<T> response) {
    try {
      executor.ended(run, response);
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
      return;
    }
    future.complete(response.body());
  }

  private void fail(Throwable failure) {
    future.completeExceptionally(executor.failed(run, failure));
  }

  private void failed(Call<T> call, SdkException thrown) {
    long spent = run.elapsedMillis();
    SdkException failure = executor.atDeadline(run, thrown, spent);
    long delay = call.isCanceled() ? -1 : executor.retryDelay(run, failure, spent);
    if (delay < 0) {
      fail(failure);
      return;
    }
    later(() -> next(call.clone()), delay, TimeUnit.MILLISECONDS);
  }

  /** Schedules {@code task}; after the client was closed (the scheduler stopped), fails the call instead. */
  private void later(Runnable task, long delay, TimeUnit unit) {
    try {
      executor.scheduler().schedule(task, delay, unit);
    } catch (RejectedExecutionException closed) {
      fail(new IllegalStateException(run.info.client() + " client was closed; " + run.info.method() + " "
          + run.info.path() + " was not retried", closed));
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
}
