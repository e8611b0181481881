package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;

/**
 * A file set to create on an asset. Immutable.
 *
 * @param name the name, usually the file name
 * @param formatId the format it belongs to
 * @param storageId the storage that will hold the files
 * @param baseDir the directory on the storage, e.g. {@code /} or {@code incoming/2024}
 * @param componentIds the format components the files carry; may be empty
 */
public record FileSetRequest(
    String name,
    @Json(name = "format_id") String formatId,
    @Json(name = "storage_id") String storageId,
    @Json(name = "base_dir") String baseDir,
    @Json(name = "component_ids") List<String> componentIds) {

  public FileSetRequest {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(formatId, "formatId == null");
    Objects.requireNonNull(storageId, "storageId == null");
    Objects.requireNonNull(baseDir, "baseDir == null");
    componentIds = List.copyOf(Objects.requireNonNull(componentIds, "componentIds == null"));
  }

  /** A file set without components. */
  public static FileSetRequest of(String name, String formatId, String storageId, String baseDir) {
    return new FileSetRequest(name, formatId, storageId, baseDir, List.of());
  }
}
