package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.integration.status.ClassifiedFailure;
import org.jspecify.annotations.Nullable;

/**
 * A step in a transfer's life, for audit records and monitoring.
 *
 * @param kind STARTED, COMPLETED or FAILED
 * @param id the stable transfer id
 * @param jobId the iconik job reporting the transfer
 * @param bytes bytes transferred (on completion)
 * @param sha256 the verified SHA-256 (on completion)
 * @param failure why it failed (on failure)
 * @param location where the file landed (on completion), or null
 * @param md5 the verified MD5 (on completion, when computed), or null
 */
public record TransferEvent(Kind kind, TransferId id, String jobId, long bytes, String sha256,
    ClassifiedFailure failure, @Nullable String location, @Nullable String md5) {

  /** An event without landing location and MD5. */
  public TransferEvent(Kind kind, TransferId id, String jobId, long bytes, String sha256, ClassifiedFailure failure) {
    this(kind, id, jobId, bytes, sha256, failure, null, null);
  }

  /** The step. */
  public enum Kind {
    STARTED,
    COMPLETED,
    FAILED
  }
}
