package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A format to create on an asset. Immutable.
 *
 * @param name the format name, e.g. {@code ORIGINAL}
 * @param storageMethods the storage methods that will hold its files, e.g. {@code S3}; may be empty
 * @param metadata technical metadata entries such as {@code {"internet_media_type": "video/mp4"}}; may be empty
 */
public record FormatRequest(
    String name,
    @Json(name = "storage_methods") List<String> storageMethods,
    List<Map<String, String>> metadata) {

  public FormatRequest {
    Objects.requireNonNull(name, "name == null");
    storageMethods = List.copyOf(Objects.requireNonNull(storageMethods, "storageMethods == null"));
    metadata = List.copyOf(Objects.requireNonNull(metadata, "metadata == null"));
  }

  /** A format called {@code name} without storage methods or metadata. */
  public static FormatRequest named(String name) {
    return new FormatRequest(name, List.of(), List.of());
  }

  /** A copy whose files live on storages of these methods. */
  public FormatRequest withStorageMethods(String... methods) {
    return new FormatRequest(name, List.of(methods), metadata);
  }

  /** A copy that declares the media type of its files. */
  public FormatRequest withMediaType(String internetMediaType) {
    return new FormatRequest(name, storageMethods, List.of(Map.of("internet_media_type", internetMediaType)));
  }
}
