package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.ConflictException;
import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.http.ErrorBodyFormat;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.error.PermissionException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.error.RedirectException;
import io.github.iconikopentext.core.error.ServerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Turns an HTTP error response into the matching {@link ApiException}. Not part of the API. */
public final class ErrorMapper {
  /** The most of an error body that is read. */
  public static final long MAX_ERROR_BODY_BYTES = 64 * 1024;
  public static final String REQUEST_ID_HEADER = "X-Request-ID";
  private static final List<String> RESPONSE_REQUEST_ID_HEADERS =
      List.of("X-Request-ID", "Request-Id", "X-Correlation-ID", "X-Amzn-RequestId", "X-B3-TraceId");

  private ErrorMapper() {}

  /**
   * Maps {@code response} (whose body it reads and closes) to an exception. The body's messages and excerpt are
   * masked, including every secret value the request carried ({@link RequestSecrets#carriedBy}).
   */
  public static ApiException map(okhttp3.Response response, ResponseBody errorBody, Clock clock) {
    return map(response, errorBody, clock, null);
  }

  /** As {@link #map(okhttp3.Response, ResponseBody, Clock)}, reading the body with the vendor's {@code format} too. */
  public static ApiException map(
      okhttp3.Response response, ResponseBody errorBody, Clock clock, ErrorBodyFormat format) {
    Request request = response.request();
    String requestId = requestId(response);
    ErrorDetails details =
        ErrorBodyParser.parse(readLimited(errorBody), RequestSecrets.carriedBy(request), format);
    String method = request.method();
    String path = request.url().encodedPath();
    int status = response.code();
    if (status >= 300 && status < 400) {
      String target = RedirectRule.origin(RedirectRule.target(response));
      List<String> messages = new ArrayList<>();
      messages.add("redirect" + (target == null ? "" : " to " + target) + " not followed: "
          + RedirectRule.reason(response));
      messages.addAll(details.messages());
      return new RedirectException(status, method, path, requestId,
          new ErrorDetails(messages, details.fieldErrors(), details.errorCode(), details.excerpt()), target);
    }
    return switch (status) {
      case 401, 419 -> new AuthenticationException(status, method, path, requestId, details);
      case 403 -> new PermissionException(status, method, path, requestId, details);
      case 404 -> new NotFoundException(status, method, path, requestId, details);
      case 409 -> new ConflictException(status, method, path, requestId, details);
      case 429 -> new RateLimitException(method, path, requestId, details,
          RetryAfter.parse(response.header("Retry-After"), clock));
      default -> status >= 500
          ? new ServerException(status, method, path, requestId, details,
              RetryAfter.parse(response.header("Retry-After"), clock))
          : new ApiException(status, method, path, requestId, details);
    };
  }

  /** The server's request id, else the one the SDK sent, else {@code null}. */
  public static String requestId(okhttp3.Response response) {
    for (String name : RESPONSE_REQUEST_ID_HEADERS) {
      String value = response.header(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return response.request().header(REQUEST_ID_HEADER);
  }

  private static String readLimited(ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (body) {
      BufferedSource source = body.source();
      source.request(MAX_ERROR_BODY_BYTES);
      long n = Math.min(source.getBuffer().size(), MAX_ERROR_BODY_BYTES);
      return source.getBuffer().readString(n, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
