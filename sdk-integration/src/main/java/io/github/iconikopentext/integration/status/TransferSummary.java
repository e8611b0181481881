package io.github.iconikopentext.integration.status;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the status view knows of one transfer.
 *
 * @param transferId the stable transfer id (asset, file, target)
 * @param assetId the iconik asset
 * @param fileId the iconik file, if known
 * @param target where the file goes, e.g. {@code opentext-css} or {@code file:/archive}
 * @param state the transfer's state
 * @param bytes bytes transferred so far (or in all, when completed)
 * @param sha256 the verified SHA-256 (hex) when completed, else {@code null}
 * @param startedAt when the transfer started
 * @param finishedAt when it completed or failed, else {@code null}
 * @param failure why it failed, else {@code null}
 */
public record TransferSummary(
    String transferId,
    String assetId,
    String fileId,
    String target,
    State state,
    long bytes,
    @Nullable String sha256,
    Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable ClassifiedFailure failure) {

  /** The life cycle of a transfer. */
  public enum State {
    RUNNING,
    COMPLETED,
    FAILED,
    /** A repeat of a completed transfer: nothing was done. */
    SKIPPED
  }

  public TransferSummary {
    Objects.requireNonNull(transferId, "transferId == null");
    Objects.requireNonNull(assetId, "assetId == null");
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(startedAt, "startedAt == null");
  }
}
