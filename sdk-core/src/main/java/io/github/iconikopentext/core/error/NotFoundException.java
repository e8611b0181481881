package io.github.iconikopentext.core.error;

/** 404 Not Found: the object or page does not exist (or is not visible to this credential). */
public final class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(int statusCode, String method, String path, String requestId, ErrorDetails details) {
    super(statusCode, method, path, requestId, details);
  }
}
