package io.github.iconikopentext.core.http.internal;

import okhttp3.Request;
import okhttp3.Response;

/**
 * Learns how each logical call of one service method ended — once, after retries — e.g. to audit it. Exceptions it
 * throws from {@link #succeeded} fail the call; from {@link #failed} they are added to the call's failure as
 * suppressed. Implementations must be thread-safe. Not part of the API.
 */
public interface CallObserver {

  /**
   * The call succeeded.
   *
   * @param request the request as Retrofit built it (with its {@code retrofit2.Invocation} tag)
   * @param response the raw response of the successful attempt (its body already consumed)
   */
  void succeeded(Request request, Response response);

  /** The call failed for good; {@code failure} is what the caller receives. */
  void failed(Request request, Throwable failure);
}
