package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.CredentialException;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the credential id and secret from two environment variables, e.g. {@code ICONIK_APP_ID} and
 * {@code ICONIK_AUTH_TOKEN}. Reads the variables on every call, so a changed environment (in tests, through the
 * injected map) is seen. Thread-safe.
 */
public final class EnvironmentVariableCredentialsProvider implements CredentialsProvider {
  private final String idVariable;
  private final String secretVariable;
  private final Map<String, String> environment;

  private EnvironmentVariableCredentialsProvider(String idVariable, String secretVariable, Map<String, String> env) {
    this.idVariable = Objects.requireNonNull(idVariable, "idVariable == null");
    this.secretVariable = Objects.requireNonNull(secretVariable, "secretVariable == null");
    this.environment = Objects.requireNonNull(env, "environment == null");
  }

  /** Reads the process environment. */
  public static EnvironmentVariableCredentialsProvider of(String idVariable, String secretVariable) {
    return new EnvironmentVariableCredentialsProvider(idVariable, secretVariable, System.getenv());
  }

  /** Reads the given map instead of the process environment (tests, or a pre-filtered environment). */
  public static EnvironmentVariableCredentialsProvider of(
      String idVariable, String secretVariable, Map<String, String> environment) {
    return new EnvironmentVariableCredentialsProvider(idVariable, secretVariable, environment);
  }

  @Override
  public Credential resolveCredential() {
    String id = environment.get(idVariable);
    String secret = environment.get(secretVariable);
    if (id == null || id.isBlank()) {
      throw new CredentialException(this + ": " + idVariable + " is not set");
    }
    if (secret == null || secret.isBlank()) {
      throw new CredentialException(this + ": " + secretVariable + " is not set");
    }
    return Credential.of(id.trim(), Secret.of(secret.trim()));
  }

  @Override
  public String toString() {
    return "environment variables " + idVariable + "/" + secretVariable;
  }
}
