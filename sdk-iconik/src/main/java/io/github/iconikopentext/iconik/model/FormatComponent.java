package io.github.iconikopentext.iconik.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One media component of a format (a video or audio track, an image, …). Immutable.
 *
 * @param id the component id
 * @param name the name
 * @param type VIDEO, AUDIO, IMAGE, TEXT, OTHER, NON_MEDIA, EXIF, IPTC, XMP or GENERAL (kept as text)
 * @param metadata technical metadata, empty when absent
 */
public record FormatComponent(
    @Nullable String id,
    @Nullable String name,
    @Nullable String type,
    Map<String, String> metadata) {

  public FormatComponent {
    metadata = Nulls.map(metadata);
  }
}
