package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC-SHA256 key, ready to use from any thread.
 *
 * <p>A {@link Mac} is not thread-safe and creating one ({@code getInstance} + {@code init}) costs a provider lookup
 * and two key-pad hashes. So the key is initialised once into a prototype that is never used itself, only cloned:
 * a clone copies the initialised state, which is much cheaper than initialising and safe to take concurrently since
 * nobody writes to the prototype. Providers whose Mac cannot be cloned fall back to a fresh instance per use.
 */
public final class HmacSha256 {
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;
  private final boolean cloneable;

  private HmacSha256(SecretKeySpec key, Mac prototype, boolean cloneable) {
    this.key = key;
    this.prototype = prototype;
    this.cloneable = cloneable;
  }

  /** @param key the raw key, not empty */
  public static HmacSha256 of(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
    Mac prototype = newInitialisedMac(spec);
    boolean cloneable;
    try {
      prototype.clone();
      cloneable = true;
    } catch (CloneNotSupportedException e) {
      cloneable = false;
    }
    return new HmacSha256(spec, prototype, cloneable);
  }

  /** HMAC of {@code prefix} followed by {@code body}, without concatenating them. */
  public byte[] mac(byte[] prefix, byte[] body) {
    Mac mac = newMac();
    mac.update(prefix);
    mac.update(body);
    return mac.doFinal();
  }

  /** HMAC of {@code body}. */
  public byte[] mac(byte[] body) {
    return newMac().doFinal(body);
  }

  private Mac newMac() {
    if (cloneable) {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError("the Mac was cloneable when the key was created", e);
      }
    }
    return newInitialisedMac(key);
  }

  private static Mac newInitialisedMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException("this JVM cannot compute " + ALGORITHM + ", which every Java SE JVM provides: "
          + e.getClass().getSimpleName(), e);
    }
  }
}
