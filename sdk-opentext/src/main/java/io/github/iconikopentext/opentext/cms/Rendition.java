package io.github.iconikopentext.opentext.cms;

import io.github.iconikopentext.core.internal.Args;
import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * One rendition (content) of a CMS file instance. The primary rendition points at the bytes stored in the Content
 * Storage Service through {@link #blobId()}. Every component may be {@code null} when the server omits it.
 *
 * @param id the rendition id (assigned by CMS)
 * @param name the rendition's name, usually the file name
 * @param renditionType {@code primary} for the original, other values for derived renditions
 * @param source {@code FILE_ID} when {@link #blobId()} is a CSS file id
 * @param blobId the CSS file id holding the bytes
 * @param mimeType the MIME type
 * @param contentSize the size in bytes
 */
public record Rendition(
    @Nullable String id,
    @Nullable String name,
    @Json(name = "rendition_type") @Nullable String renditionType,
    @Nullable String source,
    @Json(name = "blob_id") @Nullable String blobId,
    @Json(name = "mime_type") @Nullable String mimeType,
    @Json(name = "content_size") @Nullable Long contentSize) {

  /** The primary rendition of bytes uploaded to CSS as {@code blobId}. */
  public static Rendition primary(String name, String blobId, String mimeType, long contentSize) {
    return new Rendition(null, Args.requireText(name, "name"), "primary", "FILE_ID",
        Args.requireText(blobId, "blobId"), mimeType, contentSize);
  }
}
