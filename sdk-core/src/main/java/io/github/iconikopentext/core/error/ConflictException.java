package io.github.iconikopentext.core.error;

/** 409 Conflict: the request conflicts with the current state of the object. */
public final class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ConflictException(int statusCode, String method, String path, String requestId, ErrorDetails details) {
    super(statusCode, method, path, requestId, details);
  }
}
