package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC-SHA256 key, ready to use from any thread.
 *
 * <p>A {@link Mac} is not thread-safe, and creating one ({@code getInstance} + {@code init}) costs a provider lookup
 * and two key-pad hashes; cloning an initialised one still allocates its digest state. So each thread that uses this
 * key gets its own initialised {@code Mac} once, from a {@link ThreadLocal} that belongs to this key alone: a thread's
 * {@code Mac} for one key is never handed to another key, and {@code doFinal} leaves it reset for the next message.
 * A verification therefore allocates nothing for the HMAC but its result. (On virtual threads, each one initialises
 * its own {@code Mac} once: correct, just not cheaper than a fresh one.)
 */
public final class HmacSha256 {
  private static final String ALGORITHM = "HmacSHA256";

  private final ThreadLocal<Mac> perThread;

  private HmacSha256(SecretKeySpec key) {
    this.perThread = ThreadLocal.withInitial(() -> newInitialisedMac(key));
  }

  /**
   * @param key the raw key, not empty
   * @throws ConfigurationException if this JVM cannot compute HMAC-SHA256
   */
  public static HmacSha256 of(byte[] key) {
    SecretKeySpec spec = new SecretKeySpec(key, ALGORITHM);
    newInitialisedMac(spec); // a JVM without HmacSHA256 fails here, at configuration time, not at the first request
    return new HmacSha256(spec);
  }

  /** HMAC of {@code prefix} followed by {@code body}, without concatenating them. */
  public byte[] mac(byte[] prefix, byte[] body) {
    Mac mac = threadMac();
    mac.update(prefix);
    mac.update(body);
    return mac.doFinal();
  }

  /** HMAC of {@code body}. */
  public byte[] mac(byte[] body) {
    return threadMac().doFinal(body);
  }

  /** This thread's {@code Mac} for this key, reset: a computation that threw half-way leaves no state behind. */
  private Mac threadMac() {
    Mac mac = perThread.get();
    mac.reset();
    return mac;
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
