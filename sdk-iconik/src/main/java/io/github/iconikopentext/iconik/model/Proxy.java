package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A proxy of an asset: a lower-resolution rendition for playback (iconik's {@code ProxySchema}; search hits carry
 * them with a signed {@link #url()}, unless the search asked for no signed URLs). {@link #toString()} hides the URL's
 * query, which holds the signature. Immutable.
 *
 * @param id the proxy id
 * @param assetId the asset
 * @param versionId the asset version
 * @param name the display name, e.g. {@code clip-lowres.mp4}
 * @param filename the file name in storage
 * @param format the container, e.g. {@code MPEG-4}
 * @param codec the video codec, e.g. {@code AVC}
 * @param bitRate the bit rate in bits per second
 * @param audioBitrate the audio bit rate
 * @param frameRate the frame rate as iconik writes it, e.g. {@code 29.97}
 * @param isDropFrame whether time codes use drop-frame counting
 * @param startTimeCode the first frame's time code, if known
 * @param resolution the pixel size
 * @param rotation the rotation in degrees
 * @param size the size in bytes
 * @param status the file status; CLOSED when complete
 * @param isPublic whether it is publicly readable
 * @param storageId the storage holding it
 * @param storageMethod how that storage is reached, e.g. {@code S3}
 * @param url a (signed) URL to fetch it
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 */
public record Proxy(
    @Nullable String id,
    @Json(name = "asset_id") @Nullable String assetId,
    @Json(name = "version_id") @Nullable String versionId,
    @Nullable String name,
    @Nullable String filename,
    @Nullable String format,
    @Nullable String codec,
    @Json(name = "bit_rate") @Nullable Long bitRate,
    @Json(name = "audio_bitrate") @Nullable Long audioBitrate,
    @Json(name = "frame_rate") @Nullable String frameRate,
    @Json(name = "is_drop_frame") @Nullable Boolean isDropFrame,
    @Json(name = "start_time_code") @Nullable String startTimeCode,
    @Nullable Resolution resolution,
    @Nullable Integer rotation,
    @Nullable Long size,
    @Nullable FileStatus status,
    @Json(name = "is_public") @Nullable Boolean isPublic,
    @Json(name = "storage_id") @Nullable String storageId,
    @Json(name = "storage_method") @Nullable String storageMethod,
    @Nullable String url,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified) {

  @Override
  public String toString() {
    return "Proxy[id=" + id + ", name=" + name + ", format=" + format + ", codec=" + codec + ", bitRate=" + bitRate
        + ", frameRate=" + frameRate + ", resolution=" + resolution + ", status=" + status
        + ", storageId=" + storageId + ", url=" + AssetFile.withoutQuery(url) + "]";
  }
}
