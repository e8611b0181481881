package io.github.iconikopentext.core.credentials;

/**
 * Resolves the name part of a secret reference of one scheme, e.g. the {@code NAME} of {@code env:NAME}. Plug in
 * one for a vault or secrets manager through {@link SecretResolvers.Builder#register(String, SecretResolver)}.
 *
 * <p>Implementations must be thread-safe and throw {@link io.github.iconikopentext.core.error.CredentialException}
 * with a message naming the reference (never the value) when it does not resolve.
 */
@FunctionalInterface
public interface SecretResolver {

  /** Returns the secret that {@code name} refers to. */
  Secret resolve(String name);
}
