package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A keyframe image of an asset or collection: a still, a keyframe map or a poster (iconik's {@code KeyframeSchema};
 * search hits carry them with a signed {@link #url()}, unless the search asked for no signed URLs).
 * {@link #toString()} hides the URL's query, which holds the signature. Immutable.
 *
 * @param id the keyframe id
 * @param type still, map or poster
 * @param assetId the asset, for an asset's keyframe
 * @param collectionId the collection, for a collection's keyframe
 * @param versionId the asset version
 * @param name the display name
 * @param filename the file name in storage
 * @param format the image format, e.g. {@code JPEG}
 * @param resolution the pixel size
 * @param rotation the rotation in degrees
 * @param size the size in bytes
 * @param timeCode where in the media the still was taken, if known
 * @param isCustomKeyframe whether a user chose it
 * @param isPublic whether it is publicly readable
 * @param status the file status; CLOSED when complete
 * @param storageId the storage holding it
 * @param storageMethod how that storage is reached
 * @param url a (signed) URL to fetch it
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 */
public record Keyframe(
    @Nullable String id,
    @Nullable KeyframeType type,
    @Json(name = "asset_id") @Nullable String assetId,
    @Json(name = "collection_id") @Nullable String collectionId,
    @Json(name = "version_id") @Nullable String versionId,
    @Nullable String name,
    @Nullable String filename,
    @Nullable String format,
    @Nullable Resolution resolution,
    @Nullable Integer rotation,
    @Nullable Long size,
    @Json(name = "time_code") @Nullable TimeCode timeCode,
    @Json(name = "is_custom_keyframe") @Nullable Boolean isCustomKeyframe,
    @Json(name = "is_public") @Nullable Boolean isPublic,
    @Nullable FileStatus status,
    @Json(name = "storage_id") @Nullable String storageId,
    @Json(name = "storage_method") @Nullable String storageMethod,
    @Nullable String url,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified) {

  @Override
  public String toString() {
    return "Keyframe[id=" + id + ", type=" + type + ", name=" + name + ", format=" + format
        + ", resolution=" + resolution + ", status=" + status + ", url=" + AssetFile.withoutQuery(url) + "]";
  }
}
