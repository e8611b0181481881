package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What every audit chain verifier is configured with — checkpoint keys by id, an anchor, whether unknown keys are
 * tolerated — collected by the builders of the file and the database verifiers alike. Key bytes are wiped once the
 * verifier is built. Not thread-safe. Not part of the API.
 */
public final class VerifierSettings {
  private final Map<String, byte[]> keys = new HashMap<>();
  private AuditAnchor anchor;
  private boolean allowUnknownKeys;

  /**
   * Adds a checkpoint key: its id names it in checkpoints, its secret is the HMAC key.
   *
   * @throws io.github.iconikopentext.core.audit.AuditException if the key is shorter than 32 bytes
   */
  public void key(Credential key) {
    Objects.requireNonNull(key, "key == null");
    byte[] bytes = key.secret().utf8Bytes();
    ChainFormat.hmac(key.id(), bytes); // rejects a short key here rather than mid-verification
    keys.put(key.id(), bytes);
  }

  public void anchor(AuditAnchor anchor) {
    this.anchor = Objects.requireNonNull(anchor, "anchor == null");
  }

  public void allowUnknownKeys(boolean allow) {
    this.allowUnknownKeys = allow;
  }

  /**
   * The verifier for these settings; then wipes the keys held here.
   *
   * @param what what is verified, for the message when no key was given ("audit log", "audit chain")
   * @throws ConfigurationException if no key was given
   */
  public ChainVerifier build(boolean expectClosed, String what) {
    if (keys.isEmpty()) {
      throw new ConfigurationException("an " + what + " verifier needs at least one checkpoint key");
    }
    ChainVerifier verifier = new ChainVerifier(keys, expectClosed, anchor, allowUnknownKeys);
    keys.values().forEach(k -> Arrays.fill(k, (byte) 0));
    keys.clear();
    return verifier;
  }
}
