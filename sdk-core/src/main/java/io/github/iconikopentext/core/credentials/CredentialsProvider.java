package io.github.iconikopentext.core.credentials;

/**
 * Supplies a {@link Credential}. One method, so a lambda or a method reference is a provider.
 *
 * <p>Implementations must be thread-safe. They throw {@link
 * io.github.iconikopentext.core.error.CredentialException} when they have no credential, with a message that says
 * why (which variable, file or profile was missing) and never contains a secret; {@link CredentialsProviderChain}
 * collects those messages.
 */
@FunctionalInterface
public interface CredentialsProvider {

  /** Returns the current credential. May block while a credential is fetched or refreshed. */
  Credential resolveCredential();
}
