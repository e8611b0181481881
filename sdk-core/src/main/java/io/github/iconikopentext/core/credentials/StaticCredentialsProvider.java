package io.github.iconikopentext.core.credentials;

import java.util.Objects;

/** Always returns the same credential. For tests and for values the caller already resolved. Thread-safe. */
public final class StaticCredentialsProvider implements CredentialsProvider {
  private final Credential credential;

  private StaticCredentialsProvider(Credential credential) {
    this.credential = Objects.requireNonNull(credential, "credential == null");
  }

  public static StaticCredentialsProvider of(Credential credential) {
    return new StaticCredentialsProvider(credential);
  }

  public static StaticCredentialsProvider of(String id, String secret) {
    return new StaticCredentialsProvider(Credential.of(id, Secret.of(secret)));
  }

  @Override
  public Credential resolveCredential() {
    return credential;
  }

  @Override
  public String toString() {
    return "static credential " + credential.id();
  }
}
