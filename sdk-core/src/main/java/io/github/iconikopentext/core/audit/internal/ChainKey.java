package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditException;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import java.util.Arrays;
import javax.crypto.Mac;

/**
 * The HMAC that signs a chain's checkpoints, for the key a provider supplies: the provider is asked every time, so a
 * rotated key takes effect at the next checkpoint. Not thread-safe (callers hold their chain's lock). Not part of
 * the API.
 */
public final class ChainKey {
  private final CredentialsProvider provider;
  private final String chainName;
  private Credential credential;
  private Mac mac;

  /** @param chainName names the chain in error messages, e.g. "the Kafka audit sink for topic audit" */
  public ChainKey(CredentialsProvider provider, String chainName) {
    this.provider = provider;
    this.chainName = chainName;
  }

  /**
   * The HMAC for the current key.
   *
   * @throws AuditException if the key cannot be obtained or is shorter than {@value ChainFormat#MIN_KEY_BYTES} bytes
   */
  public Mac mac() {
    Credential current;
    try {
      current = provider.resolveCredential();
    } catch (RuntimeException e) {
      throw new AuditException("could not get the checkpoint key of " + chainName + ": " + e.getMessage(), e);
    }
    if (current != credential) {
      byte[] bytes = current.secret().utf8Bytes();
      try {
        mac = ChainFormat.hmac(current.id(), bytes);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
      credential = current;
    }
    return mac;
  }

  /** The id of the key {@link #mac()} last returned. */
  public String keyId() {
    return credential.id();
  }
}
