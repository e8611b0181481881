package io.github.iconikopentext.core.http.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each HTTP exchange at debug: method, path (secret query values masked), status, duration, and the
 * credential headers with secret values masked ({@code App-ID} shown, {@code Auth-Token}/{@code Authorization}
 * never). Sits closest to the network so that it sees the headers the auth interceptor added. Not part of the API.
 */
public final class LoggingInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger("io.github.iconikopentext.http");

  private final String service;

  public LoggingInterceptor(String service) {
    this.service = service;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!log.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String target = request.method() + " " + Redaction.pathAndQuery(request.url());
    log.debug("{} --> {} [{}]", service, target, describe(request.headers()));
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      log.debug("{} <-- {} {} ({} ms, request id {})", service, response.code(), target,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), ErrorMapper.requestId(response));
      return response;
    } catch (IOException e) {
      log.debug("{} <-- failed {} ({} ms): {}", service, target,
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), e.toString());
      throw e;
    }
  }

  private static String describe(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      if (name.equalsIgnoreCase("User-Agent") || name.equalsIgnoreCase("Content-Type")
          || name.equalsIgnoreCase("Content-Length")) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(name).append(": ").append(Redaction.headerValue(name, headers.value(i)));
    }
    return sb.toString();
  }
}
