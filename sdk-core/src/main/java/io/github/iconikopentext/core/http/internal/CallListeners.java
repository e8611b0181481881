package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.http.CallInfo;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.CallSummary;
import io.github.iconikopentext.core.internal.EachOf;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several {@link CallListener}s as one: each is told in order, even when an earlier one throws; the first exception
 * is then rethrown with the later ones suppressed (retries and rate-limit waits: logged). Immutable and thread-safe.
 * Not part of the API.
 */
public final class CallListeners implements CallListener {
  private static final Logger log = LoggerFactory.getLogger(CallListeners.class);

  private final List<CallListener> listeners;

  private CallListeners(List<CallListener> listeners) {
    this.listeners = listeners;
  }

  /** One listener for {@code listeners}: {@link CallListener#NONE} when empty. */
  public static CallListener of(List<CallListener> listeners) {
    return listeners.isEmpty() ? NONE : new CallListeners(List.copyOf(listeners));
  }

  @Override
  public void callStart(CallInfo call) {
    EachOf.run(listeners, listener -> listener.callStart(call));
  }

  @Override
  public void callRateLimited(CallInfo call, Duration wait) {
    tolerant(call, "rate-limit wait", listener -> listener.callRateLimited(call, wait));
  }

  @Override
  public void callRetry(CallInfo call, int failedAttempt, Throwable failure, Duration delay) {
    tolerant(call, "retry", listener -> listener.callRetry(call, failedAttempt, failure, delay));
  }

  @Override
  public void callEnd(CallInfo call, CallSummary summary) {
    EachOf.run(listeners, listener -> listener.callEnd(call, summary));
  }

  @Override
  public void callFailed(CallInfo call, CallSummary summary, Throwable failure) {
    EachOf.run(listeners, listener -> listener.callFailed(call, summary, failure));
  }

  /** Tells every listener; an exception is logged and otherwise ignored. */
  private void tolerant(CallInfo call, String what, java.util.function.Consumer<CallListener> action) {
    for (CallListener listener : listeners) {
      try {
        action.accept(listener);
      } catch (RuntimeException e) {
        log.warn("{} {}: call listener failed on {}", call.client(), call.operation(), what, e);
      }
    }
  }
}
