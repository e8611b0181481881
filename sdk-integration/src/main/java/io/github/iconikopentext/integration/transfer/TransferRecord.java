package io.github.iconikopentext.integration.transfer;

import java.time.Instant;
import java.util.Objects;

/**
 * The record of a completed transfer: what was moved, where it landed, and its verified size and checksum.
 *
 * @param transferId the stable transfer id
 * @param assetId the iconik asset
 * @param fileId the iconik file
 * @param target the target's name
 * @param location where the file landed: a CMS instance id, a CSS id, a file path
 * @param bytes the verified size
 * @param sha256 the verified SHA-256, lower-case hex
 * @param completedAt when it completed
 */
public record TransferRecord(
    String transferId,
    String assetId,
    String fileId,
    String target,
    String location,
    long bytes,
    String sha256,
    Instant completedAt) {

  public TransferRecord {
    Objects.requireNonNull(transferId, "transferId == null");
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(sha256, "sha256 == null");
    Objects.requireNonNull(completedAt, "completedAt == null");
  }
}
