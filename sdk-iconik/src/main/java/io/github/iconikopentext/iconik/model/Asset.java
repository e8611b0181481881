package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;

/**
 * An iconik asset, as returned by the assets service (both the single-asset and the list shape). Every component
 * may be {@code null} except the lists, which are empty when absent. In a collection's contents, {@link #objectType()}
 * tells assets ({@code assets}) from sub-collections ({@code collections}). Immutable.
 *
 * @param id the asset id (a UUID)
 * @param title the title
 * @param type the kind of asset
 * @param status ACTIVE, or DELETED when soft-deleted
 * @param archiveStatus the archive state
 * @param isOnline whether the asset's files are online
 * @param isBlocked whether the asset is blocked
 * @param category a free category
 * @param externalId an id in an external system
 * @param externalLink a link to an external system
 * @param objectType {@code assets} or {@code collections} (list shapes only)
 * @param mediaType the media type iconik derived (list shape only)
 * @param inCollections ids of the collections holding the asset
 * @param createdByUser the creating user's id
 * @param dateCreated when the asset was created
 * @param dateModified when the asset last changed
 * @param dateDeleted when the asset was soft-deleted
 * @param durationMilliseconds the media duration (list shape only)
 * @param originalAssetId the asset this one was copied from
 * @param warning a warning iconik attached
 */
public record Asset(
    String id,
    String title,
    AssetType type,
    AssetStatus status,
    @Json(name = "archive_status") ArchiveStatus archiveStatus,
    @Json(name = "is_online") Boolean isOnline,
    @Json(name = "is_blocked") Boolean isBlocked,
    String category,
    @Json(name = "external_id") String externalId,
    @Json(name = "external_link") String externalLink,
    @Json(name = "object_type") String objectType,
    @Json(name = "media_type") String mediaType,
    @Json(name = "in_collections") List<String> inCollections,
    @Json(name = "created_by_user") String createdByUser,
    @Json(name = "date_created") Instant dateCreated,
    @Json(name = "date_modified") Instant dateModified,
    @Json(name = "date_deleted") Instant dateDeleted,
    @Json(name = "duration_milliseconds") Long durationMilliseconds,
    @Json(name = "original_asset_id") String originalAssetId,
    String warning) {

  public Asset {
    inCollections = Nulls.list(inCollections);
  }
}
