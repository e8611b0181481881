package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.integration.status.ClassifiedFailure;

/**
 * A step in a transfer's life, for audit records and monitoring.
 *
 * @param kind STARTED, COMPLETED or FAILED
 * @param id the stable transfer id
 * @param jobId the iconik job reporting the transfer
 * @param bytes bytes transferred (on completion)
 * @param sha256 the verified SHA-256 (on completion)
 * @param failure why it failed (on failure)
 */
public record TransferEvent(Kind kind, TransferId id, String jobId, long bytes, String sha256,
    ClassifiedFailure failure) {

  /** The step. */
  public enum Kind {
    STARTED,
    COMPLETED,
    FAILED
  }
}
