package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.http.CallInfo;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Invocation;

/**
 * The state of one logical call across its attempts: what listeners are told about it, when it started, how many
 * attempts it made. Attempts run one after another, each handing over to the next through the caller's thread, a
 * scheduler or OkHttp's dispatcher, so the counter needs no lock. Not part of the API.
 */
final class CallRun {
  final CallInfo info;
  final boolean mayRepeat;
  /** Whether the policy's total budget is this call's deadline (not for streamed bodies). */
  final boolean deadline;
  final long requestBytes;
  private final long startedNanos = System.nanoTime();
  private volatile int attempts;

  CallRun(String client, Request request, boolean markedIdempotent) {
    this.info = new CallInfo(client, operation(request), request);
    this.mayRepeat = Idempotency.mayRepeat(request.method(), markedIdempotent);
    this.deadline = !BodyLimits.isStreaming(request);
    this.requestBytes = length(request.body());
  }

  /** Counts the attempt about to be made. */
  void attempt() {
    attempts++;
  }

  int attempts() {
    return attempts;
  }

  long elapsedNanos() {
    return System.nanoTime() - startedNanos;
  }

  long elapsedMillis() {
    return TimeUnit.NANOSECONDS.toMillis(elapsedNanos());
  }

  private static String operation(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null
        ? request.method() + " " + request.url().encodedPath()
        : invocation.service().getSimpleName() + "." + invocation.method().getName();
  }

  private static long length(RequestBody body) {
    if (body == null) {
      return 0;
    }
    try {
      return body.contentLength();
    } catch (IOException e) {
      return -1;
    }
  }
}
