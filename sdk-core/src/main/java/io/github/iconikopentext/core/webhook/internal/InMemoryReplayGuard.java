package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.webhook.ReplayGuard;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded in-memory {@link ReplayGuard}: ids with their expiry, in insertion order, so expired ids are dropped
 * from the head in amortised constant time. Thread-safe (one lock; each call does constant work on average).
 */
public final class InMemoryReplayGuard implements ReplayGuard {
  private static final Logger log = LoggerFactory.getLogger(InMemoryReplayGuard.class);

  private final int maxEntries;
  private final long ttlMillis;
  private final Clock clock;
  private final LinkedHashMap<String, Long> expiryById = new LinkedHashMap<>();
  private boolean warnedFull;

  public InMemoryReplayGuard(int maxEntries, Duration ttl, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1: " + maxEntries);
    }
    Objects.requireNonNull(ttl, "ttl == null");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive: " + ttl);
    }
    this.maxEntries = maxEntries;
    this.ttlMillis = ttl.toMillis();
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public synchronized boolean tryRecord(String messageId) {
    Objects.requireNonNull(messageId, "messageId == null");
    long now = clock.millis();
    dropExpired(now);
    Long expiry = expiryById.get(messageId);
    if (expiry != null && expiry > now) {
      return false;
    }
    // Re-insert rather than overwrite so that insertion order stays expiry order.
    expiryById.remove(messageId);
    if (expiryById.size() >= maxEntries) {
      dropEldestUnexpired();
    }
    expiryById.put(messageId, now + ttlMillis);
    return true;
  }

  @Override
  public synchronized void forget(String messageId) {
    expiryById.remove(messageId);
  }

  private void dropExpired(long now) {
    Iterator<Long> it = expiryById.values().iterator();
    while (it.hasNext() && it.next() <= now) {
      it.remove();
    }
  }

  private void dropEldestUnexpired() {
    Iterator<Map.Entry<String, Long>> it = expiryById.entrySet().iterator();
    it.next();
    it.remove();
    if (!warnedFull) {
      warnedFull = true;
      log.warn("replay guard is full ({} ids): dropping ids before they expire weakens replay protection; "
          + "raise maxEntries or use a shared ReplayGuard", maxEntries);
    }
  }

  @Override
  public String toString() {
    return "ReplayGuard.inMemory(maxEntries=" + maxEntries + ", ttl=" + Duration.ofMillis(ttlMillis) + ")";
  }
}
