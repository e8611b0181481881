package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An iconik asset, as returned by the assets service (both the single-asset and the list shape). Every component
 * may be {@code null} except the lists, which are empty when absent. In a collection's contents it is the
 * {@link CollectionContent} of {@code object_type} {@code assets}. A subclip ({@link AssetType#SUBCLIP}) names its
 * source in {@link #originalAssetId()} and its range in {@link #timeStartMilliseconds()} /
 * {@link #timeEndMilliseconds()}. Immutable.
 *
 * @param id the asset id (a UUID)
 * @param title the title
 * @param type the kind of asset
 * @param status ACTIVE, or DELETED when soft-deleted
 * @param archiveStatus the archive state
 * @param analyzeStatus the state of media analysis
 * @param isOnline whether the asset's files are online
 * @param isBlocked whether the asset is blocked
 * @param category a free category
 * @param externalId an id in an external system
 * @param externalLink a link to an external system
 * @param objectType {@code assets} (list and contents shapes only)
 * @param mediaType the media type iconik derived (list shape only)
 * @param inCollections ids of the collections holding the asset
 * @param versions the asset's versions, the current one last
 * @param createdByUser the creating user's id
 * @param updatedByUser the id of the user who changed it last
 * @param deletedByUser the id of the user who deleted it
 * @param dateCreated when the asset was created
 * @param dateModified when the asset last changed
 * @param dateImported when the asset was imported
 * @param dateDeleted when the asset was soft-deleted
 * @param durationMilliseconds the media duration (list shape only)
 * @param timeStartMilliseconds a subclip's start in its original asset
 * @param timeEndMilliseconds a subclip's end in its original asset
 * @param originalAssetId the asset this one was copied or clipped from
 * @param originalVersionId the version it was copied or clipped from
 * @param originalSegmentId the segment it was created from
 * @param customKeyframe the keyframe chosen as its thumbnail
 * @param customPoster the keyframe chosen as its poster
 * @param warning a warning iconik attached
 */
public record Asset(
    @Strict @Nullable String id,
    @Nullable String title,
    @Nullable AssetType type,
    @Nullable AssetStatus status,
    @Json(name = "archive_status") @Nullable ArchiveStatus archiveStatus,
    @Json(name = "analyze_status") @Nullable ProcessingStatus analyzeStatus,
    @Json(name = "is_online") @Nullable Boolean isOnline,
    @Json(name = "is_blocked") @Nullable Boolean isBlocked,
    @Nullable String category,
    @Json(name = "external_id") @Nullable String externalId,
    @Json(name = "external_link") @Nullable String externalLink,
    @Json(name = "object_type") @Nullable String objectType,
    @Json(name = "media_type") @Nullable String mediaType,
    @Json(name = "in_collections") List<String> inCollections,
    List<AssetVersion> versions,
    @Json(name = "created_by_user") @Nullable String createdByUser,
    @Json(name = "updated_by_user") @Nullable String updatedByUser,
    @Json(name = "deleted_by_user") @Nullable String deletedByUser,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "date_imported") @Nullable Instant dateImported,
    @Json(name = "date_deleted") @Nullable Instant dateDeleted,
    @Json(name = "duration_milliseconds") @Nullable Long durationMilliseconds,
    @Json(name = "time_start_milliseconds") @Nullable Long timeStartMilliseconds,
    @Json(name = "time_end_milliseconds") @Nullable Long timeEndMilliseconds,
    @Json(name = "original_asset_id") @Nullable String originalAssetId,
    @Json(name = "original_version_id") @Nullable String originalVersionId,
    @Json(name = "original_segment_id") @Nullable String originalSegmentId,
    @Json(name = "custom_keyframe") @Nullable String customKeyframe,
    @Json(name = "custom_poster") @Nullable String customPoster,
    @Nullable String warning) implements CollectionContent {

  public Asset {
    inCollections = Nulls.list(inCollections);
    versions = Nulls.list(versions);
  }
}
