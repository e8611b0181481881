package io.github.iconikopentext.core.http;

import java.util.Objects;
import okhttp3.Request;

/**
 * What a {@link CallListener} learns about the call it is told of: the client's name, the operation and the request.
 *
 * @param client the name of the client's stack ({@link HttpStack#serviceName()}), e.g. {@code iconik}
 * @param operation the service method, as {@code Interface.method} (e.g. {@code AssetsApi.getAsset}); for a request
 *     made without a service method, its HTTP method and path
 * @param request the request of the first attempt as Retrofit built it, with its {@code retrofit2.Invocation} tag
 *     (method and arguments) when it came from a service method; its headers do not yet carry authentication
 */
public record CallInfo(String client, String operation, Request request) {

  public CallInfo {
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(operation, "operation == null");
    Objects.requireNonNull(request, "request == null");
  }

  /** The HTTP method, e.g. {@code GET}. */
  public String method() {
    return request.method();
  }

  /** The encoded URL path, without query. */
  public String path() {
    return request.url().encodedPath();
  }
}
