package io.github.iconikopentext.integration.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where transfer state lives, so that a repeat is a no-op, two workers never run the same transfer, and a crashed
 * worker's transfer is taken over once its lease expires. {@link InMemoryTransferStore} serves one process; a
 * shared implementation (a database) serves a fleet of workers.
 *
 * <p>Implementations must be thread-safe and make {@link #claim} atomic.
 */
public interface TransferStore {

  /** The outcome of a claim. */
  sealed interface Claim {
    /** The caller now holds the transfer until {@code leaseUntil}; resume from {@code offset} if the target can. */
    record Granted(long offset, int attempt, Instant leaseUntil) implements Claim {}

    /** The transfer already completed: nothing to do. */
    record Completed(TransferRecord record) implements Claim {}

    /** Another live worker holds the transfer. */
    record Held(String worker, Instant leaseUntil) implements Claim {}
  }

  /** Claims {@code transferId} for {@code worker} for {@code lease}, unless it completed or a live lease holds it. */
  Claim claim(String transferId, String worker, Duration lease);

  /**
   * Records progress and renews the lease.
   *
   * @return false if the worker no longer holds the transfer (its lease expired and another took over): it must stop
   */
  boolean checkpoint(String transferId, String worker, long offset, Duration lease);

  /** Marks the transfer completed (idempotent) and releases it. */
  void complete(TransferRecord record, String worker);

  /** Releases the claim after a failure, keeping the checkpoint for a later attempt. */
  void release(String transferId, String worker);

  /** The completion record, if the transfer completed. */
  Optional<TransferRecord> completed(String transferId);
}
