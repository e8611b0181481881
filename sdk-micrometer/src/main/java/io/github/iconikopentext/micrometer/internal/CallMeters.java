package io.github.iconikopentext.micrometer.internal;

import io.github.iconikopentext.core.http.CallInfo;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.CallSummary;
import io.github.iconikopentext.micrometer.SdkMeters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Client-call meters on the {@link CallListener} hook: a timer per logical call, a counter per retry, a timer per
 * rate-limit wait. The operation tag is the service method ({@code AssetsApi.getAsset}), bounded by the SDK's API;
 * a request made without one is tagged by its method alone, never by its path. Thread-safe.
 */
public final class CallMeters implements CallListener {
  private final MeterRegistry registry;

  public CallMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void callRateLimited(CallInfo call, Duration wait) {
    Timer.builder(SdkMeters.CLIENT_RATE_LIMIT_WAITS).description("Waits for a client-side rate-limit permit")
        .tags(base(call)).register(registry).record(wait);
  }

  @Override
  public void callRetry(CallInfo call, int failedAttempt, Throwable failure, Duration delay) {
    registry.counter(SdkMeters.CLIENT_RETRIES, base(call).and("exception", failure.getClass().getSimpleName()))
        .increment();
  }

  @Override
  public void callEnd(CallInfo call, CallSummary summary) {
    record(call, summary, "none");
  }

  @Override
  public void callFailed(CallInfo call, CallSummary summary, Throwable failure) {
    record(call, summary, failure.getClass().getSimpleName());
  }

  private void record(CallInfo call, CallSummary summary, String exception) {
    Timer.builder(SdkMeters.CLIENT_CALLS).description("Client calls, retries and waits included")
        .tags(base(call).and("method", call.method())
            .and("outcome", outcome(summary.status()))
            .and("status.class", summary.hasStatus() ? summary.status() / 100 + "xx" : "none")
            .and("exception", exception))
        .register(registry).record(summary.duration());
  }

  private static Tags base(CallInfo call) {
    return Tags.of("client", call.client(), "operation", operation(call));
  }

  /** The service method; for a request without one ({@code GET /path}), only its HTTP method: paths hold ids. */
  static String operation(CallInfo call) {
    String operation = call.operation();
    return operation.indexOf(' ') >= 0 ? call.method() : operation;
  }

  /** Micrometer's HTTP outcome of a status, as {@code http.client.requests} tags it. */
  static String outcome(int status) {
    if (status == CallSummary.NO_STATUS) {
      return "UNKNOWN";
    }
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }
}
