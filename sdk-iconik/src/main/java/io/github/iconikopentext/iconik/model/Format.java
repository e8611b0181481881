package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A format of an asset, e.g. {@code ORIGINAL} or a proxy: the unit that file sets and files belong to. Immutable;
 * lists are empty when absent.
 *
 * @param id the format id
 * @param assetId the asset
 * @param name the format name, e.g. {@code ORIGINAL}
 * @param status ACTIVE or DELETED
 * @param archiveStatus the archive state
 * @param isOnline whether the format's files are online
 * @param storageMethods the storage methods holding it, e.g. {@code S3}
 * @param components the media components (video, audio, …)
 * @param metadata format-level technical metadata (codec, frame rate, bit rate, …): iconik sends a list of
 *     field → value maps, usually one
 * @param size the total size in bytes, when iconik sends it (search hits)
 * @param versionId the asset version
 * @param userId who created it
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 * @param dateDeleted when it was deleted
 * @param deletedByUser who deleted it
 * @param warnings warnings iconik attached
 */
public record Format(
    @Strict @Nullable String id,
    @Json(name = "asset_id") @Nullable String assetId,
    @Nullable String name,
    @Nullable FormatStatus status,
    @Json(name = "archive_status") @Nullable ArchiveStatus archiveStatus,
    @Json(name = "is_online") @Nullable Boolean isOnline,
    @Json(name = "storage_methods") List<String> storageMethods,
    List<FormatComponent> components,
    List<Map<String, String>> metadata,
    @Nullable Long size,
    @Json(name = "version_id") @Nullable String versionId,
    @Json(name = "user_id") @Nullable String userId,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "date_deleted") @Nullable Instant dateDeleted,
    @Json(name = "deleted_by_user") @Nullable String deletedByUser,
    List<String> warnings) {

  public Format {
    storageMethods = Nulls.list(storageMethods);
    components = Nulls.list(components);
    metadata = Nulls.list(metadata);
    warnings = Nulls.list(warnings);
  }
}
