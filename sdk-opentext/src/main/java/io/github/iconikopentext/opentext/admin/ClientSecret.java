package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import java.util.Objects;

/**
 * A newly issued client secret. It is shown once and not stored by OpenText; store it in your secret manager right
 * away. Whether the previous secret keeps working for a while is UNCONFIRMED: assume it stops at once.
 * {@code toString()} shows {@code ****} for the secret.
 *
 * @param clientId the OAuth client id
 * @param secret the new secret
 */
public record ClientSecret(String clientId, Secret secret) {
  public ClientSecret {
    Objects.requireNonNull(clientId, "clientId == null");
    Objects.requireNonNull(secret, "secret == null");
  }

  /** The id and secret as a credential, e.g. for a {@code StaticCredentialsProvider}. */
  public Credential toCredential() {
    return Credential.of(clientId, secret);
  }
}
