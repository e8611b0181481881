package io.github.iconikopentext.integration.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The stable identity of a transfer: the same asset, file and target always give the same id, so a repeat of a
 * completed transfer is recognised and skipped, and a retry after a crash continues the same transfer.
 *
 * @param assetId the iconik asset
 * @param fileId the iconik file
 * @param target the target's name, e.g. {@code opentext} or {@code archive}
 */
public record TransferId(String assetId, String fileId, String target) {

  public TransferId {
    Objects.requireNonNull(assetId, "assetId == null");
    Objects.requireNonNull(fileId, "fileId == null");
    Objects.requireNonNull(target, "target == null");
  }

  /** {@code tr-} + the first 32 hex digits of SHA-256(asset ␀ file ␀ target): short, stable, safe in paths. */
  public String value() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((assetId + '\0' + fileId + '\0' + target).getBytes(StandardCharsets.UTF_8));
      return "tr-" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return value() + " (asset " + assetId + ", file " + fileId + ", target " + target + ")";
  }
}
