package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.error.SdkException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries providers in order and returns the first credential found. It remembers the provider that worked and asks
 * it first next time (falling back to the full chain if it stops working). When none works it throws one
 * {@link CredentialException} listing every provider's reason, without any secret value.
 *
 * <p>Thread-safe.
 */
public final class CredentialsProviderChain implements CredentialsProvider {
  private static final Logger log = LoggerFactory.getLogger(CredentialsProviderChain.class);

  private final List<CredentialsProvider> providers;
  private volatile CredentialsProvider lastUsed;

  private CredentialsProviderChain(List<CredentialsProvider> providers) {
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("a credentials provider chain needs at least one provider");
    }
    this.providers = List.copyOf(providers);
  }

  public static CredentialsProviderChain of(CredentialsProvider... providers) {
    return new CredentialsProviderChain(List.of(providers));
  }

  public static CredentialsProviderChain of(List<? extends CredentialsProvider> providers) {
    return new CredentialsProviderChain(List.copyOf(providers));
  }

  @Override
  public Credential resolveCredential() {
    CredentialsProvider remembered = lastUsed;
    if (remembered != null) {
      try {
        return remembered.resolveCredential();
      } catch (SdkException | IllegalArgumentException e) {
        log.debug("credentials provider {} stopped working ({}); trying the whole chain", remembered, e.getMessage());
        lastUsed = null;
      }
    }
    List<String> reasons = new ArrayList<>(providers.size());
    for (CredentialsProvider provider : providers) {
      try {
        Credential credential = Objects.requireNonNull(provider.resolveCredential(), provider + " returned null");
        lastUsed = provider;
        log.debug("credential {} from {}", credential.id(), provider);
        return credential;
      } catch (SdkException | IllegalArgumentException | NullPointerException e) {
        reasons.add(e.getMessage());
      }
    }
    throw new CredentialException("no credentials provider of the chain had a credential: "
        + String.join("; ", reasons));
  }

  @Override
  public String toString() {
    return "chain " + providers;
  }
}
