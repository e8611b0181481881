package io.github.iconikopentext.integration.transfer;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One transfer's entry in a {@link TransferStore}: who holds it and until when, how far it got, how many attempts it
 * took, and its record once completed. What {@link InMemoryTransferStore#snapshot()} gives and its
 * {@linkplain InMemoryTransferStore#InMemoryTransferStore(java.time.Clock, java.util.Map) constructor} takes back, so
 * that a store persisting elsewhere (a file, say) applies the same lease rules. Immutable and thread-safe.
 *
 * @param worker the worker holding the claim, or {@code null} when nobody does
 * @param leaseUntil when the holder's claim lapses; {@code null} when nobody holds it
 * @param offset the last verified byte offset (the size once completed)
 * @param attempts how many claims were granted so far
 * @param completed the record of the completed transfer, or {@code null} while it is not
 */
public record TransferState(
    @Nullable String worker,
    @Nullable Instant leaseUntil,
    long offset,
    int attempts,
    @Nullable TransferRecord completed) {
  public TransferState {
    if (worker != null) {
      Objects.requireNonNull(leaseUntil, "leaseUntil == null while a worker holds the claim");
    }
    if (offset < 0 || attempts < 0) {
      throw new IllegalArgumentException("offset and attempts must not be negative: " + offset + ", " + attempts);
    }
  }

  /** Whether a worker other than {@code other} holds a live claim at {@code now}. */
  boolean heldBy(String other, Instant now) {
    return worker != null && !worker.equals(other) && now.isBefore(leaseUntil);
  }
}
