package io.github.iconikopentext.core.credentials;

import java.util.Objects;

/**
 * A credential whose id is given and whose secret comes from a {@link SecretReference}, resolved on every call (so
 * a rotated file or variable is picked up). Thread-safe.
 */
public final class SecretReferenceCredentialsProvider implements CredentialsProvider {
  private final String id;
  private final SecretReference reference;
  private final SecretResolvers resolvers;

  private SecretReferenceCredentialsProvider(String id, SecretReference reference, SecretResolvers resolvers) {
    this.id = Objects.requireNonNull(id, "id == null");
    this.reference = Objects.requireNonNull(reference, "reference == null");
    this.resolvers = Objects.requireNonNull(resolvers, "resolvers == null");
  }

  /** Resolves {@code secretReference} (e.g. {@code file:/run/secrets/iconik}) with the default resolvers. */
  public static SecretReferenceCredentialsProvider of(String id, String secretReference) {
    return of(id, SecretReference.parse(secretReference), SecretResolvers.defaults());
  }

  public static SecretReferenceCredentialsProvider of(
      String id, SecretReference secretReference, SecretResolvers resolvers) {
    return new SecretReferenceCredentialsProvider(id, secretReference, resolvers);
  }

  @Override
  public Credential resolveCredential() {
    return Credential.of(id, resolvers.resolve(reference));
  }

  @Override
  public String toString() {
    return "secret reference " + reference + " for " + id;
  }
}
