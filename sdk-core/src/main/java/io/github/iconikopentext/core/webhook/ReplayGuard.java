package io.github.iconikopentext.core.webhook;

import io.github.iconikopentext.core.webhook.internal.InMemoryReplayGuard;
import io.github.iconikopentext.core.webhook.internal.NoReplayGuard;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers the ids of accepted messages so that a replayed or redelivered message is recognised.
 *
 * <p>A verifier consults its guard only after the signature has been verified, so forged requests cannot fill it.
 * Receivers behind a load balancer should share one guard: implement this interface over a shared store (for
 * example Redis {@code SET id 1 NX PX ttl} for {@link #tryRecord} and {@code DEL id} for {@link #forget}).
 *
 * <p>Implementations must be thread-safe and {@link #tryRecord} must be atomic: of two concurrent calls with the same
 * id, exactly one returns {@code true}.
 */
public interface ReplayGuard {

  /**
   * Records {@code messageId}.
   *
   * @return {@code true} if the id was not recorded before (or its record expired); {@code false} if it was, i.e.
   *     the message is a replay or a redelivery
   */
  boolean tryRecord(String messageId);

  /**
   * Removes {@code messageId}, so that the sender's next delivery of that message is accepted. Call it when
   * processing a verified message failed and the sender will retry.
   */
  void forget(String messageId);

  /** A guard that remembers nothing: every message is new. For receivers that de-duplicate elsewhere. */
  static ReplayGuard none() {
    return NoReplayGuard.INSTANCE;
  }

  /**
   * An in-memory guard for one process: remembers each id for {@code ttl}, and at most {@code maxEntries} ids (when
   * full, the oldest id is dropped and a warning logged once).
   */
  static ReplayGuard inMemory(int maxEntries, Duration ttl) {
    return new InMemoryReplayGuard(maxEntries, ttl, Clock.systemUTC());
  }

  /** Like {@link #inMemory(int, Duration)}, with the clock that decides expiry (for tests). */
  static ReplayGuard inMemory(int maxEntries, Duration ttl, Clock clock) {
    return new InMemoryReplayGuard(maxEntries, ttl, clock);
  }
}

