package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;

/**
 * When a pipeline last moved a byte, for the {@link StallWatchdog}, and the transfer's id for messages. Touched by
 * every stage; a volatile write per read is all it costs. Thread-safe. Not part of the API.
 */
final class TransferActivity {
  private final String transferId;
  private volatile long lastNanos = System.nanoTime();

  TransferActivity(String transferId) {
    this.transferId = transferId;
  }

  String transferId() {
    return transferId;
  }

  void touch() {
    lastNanos = System.nanoTime();
  }

  long idleNanos() {
    return System.nanoTime() - lastNanos;
  }

  /** The failure of content that does not have the size iconik gives (retried, as a checksum mismatch is). */
  IntegrationException sizeMismatch(String problem) {
    return new IntegrationException(FailureDomain.ASSET, "ChecksumMismatch", "transfer " + transferId + ": " + problem);
  }
}
