package io.github.iconikopentext.core.error;

/** 401 Unauthorized or 419 (token expired): the credential was missing, wrong or expired. */
public final class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(int statusCode, String method, String path, String requestId, ErrorDetails details) {
    super(statusCode, method, path, requestId, details);
  }
}
