package io.github.iconikopentext.integration.transfer;

import org.jspecify.annotations.Nullable;

/**
 * What {@link AssetTransfer#transfer} did.
 *
 * @param state COMPLETED, SKIPPED (already completed before: a no-op) or HELD (another live worker has it)
 * @param record the completion record (null when HELD)
 * @param jobId the iconik job that reported progress (null when SKIPPED or HELD)
 * @param attempts how many attempts this call made
 */
public record TransferResult(State state, @Nullable TransferRecord record, @Nullable String jobId, int attempts) {

  /** The result of one call. */
  public enum State {
    COMPLETED,
    SKIPPED,
    HELD
  }
}
