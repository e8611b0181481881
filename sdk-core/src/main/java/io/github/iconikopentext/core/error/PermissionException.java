package io.github.iconikopentext.core.error;

/** 403 Forbidden: the credential is valid but not allowed to do this. */
public final class PermissionException extends ApiException {
  private static final long serialVersionUID = 1L;

  public PermissionException(int statusCode, String method, String path, String requestId, ErrorDetails details) {
    super(statusCode, method, path, requestId, details);
  }
}
