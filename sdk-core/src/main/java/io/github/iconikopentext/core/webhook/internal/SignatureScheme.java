package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.credentials.Secret;
import java.util.List;

/** The rules of one signature scheme, before any key is known. Implementations are immutable. */
public interface SignatureScheme {

  /** A human-readable name for messages, e.g. {@code Standard Webhooks}. */
  String displayName();

  /** Whether the scheme signs a timestamp; then a replay record is only needed for twice the tolerance. */
  boolean timestamped();

  /**
   * Validates the secrets and derives this scheme's keys.
   *
   * @param secrets at least one; the first is the one that signs where the scheme carries a single signature
   * @throws io.github.iconikopentext.core.error.ConfigurationException naming the secret by position, never by value
   */
  KeyedScheme withSecrets(List<Secret> secrets);
}
