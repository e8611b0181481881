package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.FileStatus;
import io.github.iconikopentext.iconik.model.Format;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;

/** Which file of an asset a transfer moves, and under what name. Stateless. Not part of the API. */
public final class AssetFiles {
  private AssetFiles() {}

  /**
   * The CLOSED file of the asset's format {@code formatName}.
   *
   * @throws IntegrationException as an ASSET problem: {@code NoOriginalFormat}/{@code FormatNotFound} without that
   *     format, {@code FileNotClosed} when its file is still uploading, {@code NoFile} when it has none
   */
  public static AssetFile pick(IconikClient iconik, String assetId, String formatName) {
    Format format;
    try {
      format = iconik.files().formatByName(assetId, formatName);
    } catch (NotFoundException e) {
      throw new IntegrationException(FailureDomain.ASSET,
          formatName.equals("ORIGINAL") ? "NoOriginalFormat" : "FormatNotFound",
          "asset " + assetId + " has no " + formatName + " format", e);
    }
    AssetFile fallback = null;
    for (AssetFile f : iconik.files().files(assetId)) {
      if (format.id().equals(f.formatId())) {
        if (f.status() == FileStatus.CLOSED) {
          return f;
        }
        fallback = f;
      }
    }
    if (fallback != null) {
      throw new IntegrationException(FailureDomain.ASSET, "FileNotClosed", "file " + fallback.id() + " of asset "
          + assetId + " is " + fallback.status() + ", not CLOSED: the upload has not completed");
    }
    throw new IntegrationException(FailureDomain.ASSET, "NoFile",
        "asset " + assetId + " has no file in its " + formatName + " format");
  }

  /** The file's original name, else its name, else its id. */
  public static String name(AssetFile file) {
    if (file.originalName() != null && !file.originalName().isBlank()) {
      return file.originalName();
    }
    return file.name() != null && !file.name().isBlank() ? file.name() : file.id();
  }
}
