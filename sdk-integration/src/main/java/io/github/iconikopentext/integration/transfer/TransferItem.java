package io.github.iconikopentext.integration.transfer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link TransferTarget} is asked to store.
 *
 * @param id the stable transfer id
 * @param fileName the file's name as iconik knows it (targets sanitise it before using it in a path)
 * @param size the expected size in bytes, or -1 if unknown
 * @param mimeType the content type, or {@code application/octet-stream}
 * @param metadata the mapped metadata for the target (an OpenText target takes an
 *     {@link io.github.iconikopentext.integration.mapping.OpenTextMetadata}), or null
 */
public record TransferItem(TransferId id, String fileName, long size, String mimeType, @Nullable Object metadata) {
  public TransferItem {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(fileName, "fileName == null");
    mimeType = mimeType == null ? "application/octet-stream" : mimeType;
  }
}
