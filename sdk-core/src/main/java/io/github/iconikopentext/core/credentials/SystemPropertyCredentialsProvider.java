package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.CredentialException;
import java.util.Objects;

/**
 * Reads the credential id and secret from two Java system properties, e.g. {@code iconik.appId} and
 * {@code iconik.authToken}. Reads them on every call. Thread-safe.
 */
public final class SystemPropertyCredentialsProvider implements CredentialsProvider {
  private final String idProperty;
  private final String secretProperty;

  private SystemPropertyCredentialsProvider(String idProperty, String secretProperty) {
    this.idProperty = Objects.requireNonNull(idProperty, "idProperty == null");
    this.secretProperty = Objects.requireNonNull(secretProperty, "secretProperty == null");
  }

  public static SystemPropertyCredentialsProvider of(String idProperty, String secretProperty) {
    return new SystemPropertyCredentialsProvider(idProperty, secretProperty);
  }

  @Override
  public Credential resolveCredential() {
    String id = System.getProperty(idProperty);
    String secret = System.getProperty(secretProperty);
    if (id == null || id.isBlank()) {
      throw new CredentialException(this + ": " + idProperty + " is not set");
    }
    if (secret == null || secret.isBlank()) {
      throw new CredentialException(this + ": " + secretProperty + " is not set");
    }
    return Credential.of(id.trim(), Secret.of(secret.trim()));
  }

  @Override
  public String toString() {
    return "system properties " + idProperty + "/" + secretProperty;
  }
}
