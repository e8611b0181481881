package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When a pipeline last made progress, for the {@link StallWatchdog}, and the transfer's id for messages. Progress is
 * a finished chunk ({@link #touch()}) or {@value #PROGRESS_BYTES} bytes read ({@link #read(int)}): a server that
 * drips a byte at a time keeps moving but makes none, and must not hold a transfer for ever. Thread-safe. Not part
 * of the API.
 */
final class TransferActivity {
  private final String transferId;
  /** The bytes a read must add up to before they count as progress. */
  static final int PROGRESS_BYTES = 64 * 1024;

  private volatile long lastNanos = System.nanoTime();
  private final AtomicLong unaccounted = new AtomicLong();

  TransferActivity(String transferId) {
    this.transferId = transferId;
  }

  String transferId() {
    return transferId;
  }

  /** A stage finished with a chunk: progress. */
  void touch() {
    lastNanos = System.nanoTime();
  }

  /** A read returned {@code bytes}; progress once the reads since the last add up to {@value #PROGRESS_BYTES}. */
  void read(int bytes) {
    if (unaccounted.addAndGet(bytes) >= PROGRESS_BYTES) {
      unaccounted.set(0);
      touch();
    }
  }

  long idleNanos() {
    return System.nanoTime() - lastNanos;
  }

  /** The failure of content that does not have the size iconik gives (retried, as a checksum mismatch is). */
  IntegrationException sizeMismatch(String problem) {
    return new IntegrationException(FailureDomain.ASSET, "ChecksumMismatch", "transfer " + transferId + ": " + problem);
  }
}
