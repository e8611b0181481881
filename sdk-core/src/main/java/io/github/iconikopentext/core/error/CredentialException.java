package io.github.iconikopentext.core.error;

/**
 * A credential could not be obtained or refreshed: no provider had one, a secret reference did not resolve, or a
 * token endpoint refused the request. The message names the provider(s), the credential id and, for token
 * endpoints, the server's error code; it never contains a secret value.
 */
public class CredentialException extends SdkException {
  private static final long serialVersionUID = 1L;

  public CredentialException(String message) {
    super(message);
  }

  public CredentialException(String message, Throwable cause) {
    super(message, cause);
  }
}
