package io.github.iconikopentext.core.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with an HTTP error status. Subclasses name the statuses callers commonly handle; other 4xx
 * statuses (400, 422, …) arrive as a plain {@code ApiException}.
 *
 * <p>The message reads like {@code GET /API/assets/v1/assets/{id}/ failed: 404 Not Found (request id r-1): Asset
 * not found}. The path is the request path without its query string; the request id is the server's when it sent
 * one, otherwise the id the SDK sent.
 */
public class ApiException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String method;
  private final String path;
  private final String requestId;
  private final ErrorDetails details;

  public ApiException(int statusCode, String method, String path, String requestId, ErrorDetails details) {
    super(message(statusCode, method, path, requestId, details));
    this.statusCode = statusCode;
    this.method = Objects.requireNonNull(method, "method == null");
    this.path = Objects.requireNonNull(path, "path == null");
    this.requestId = requestId;
    this.details = Objects.requireNonNull(details, "details == null");
  }

  private static String message(int status, String method, String path, String requestId, ErrorDetails d) {
    StringBuilder sb = new StringBuilder().append(method).append(' ').append(path).append(" failed: HTTP ").append(status);
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    String summary = d.summary();
    if (!summary.isEmpty()) {
      sb.append(": ").append(summary);
    }
    return sb.toString();
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The HTTP method of the failed request. */
  public String method() {
    return method;
  }

  /** The request path, without query string. */
  public String path() {
    return path;
  }

  /** The request id (the server's if it sent one, otherwise the SDK's), or {@code null} if neither is known. */
  public @Nullable String requestId() {
    return requestId;
  }

  /** What the error body said. */
  public ErrorDetails details() {
    return details;
  }
}
