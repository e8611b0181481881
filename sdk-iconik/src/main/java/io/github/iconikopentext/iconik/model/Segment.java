package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A time range of an asset with a meaning — a marker, comment, tag, scene, transcription line… (iconik's
 * {@code SegmentSchema}), as a {@code segments} webhook delivery carries it. Immutable.
 *
 * @param id the segment id
 * @param assetId the asset
 * @param versionId the asset version
 * @param segmentType what the segment is
 * @param segmentText its text (a comment, a tag, a transcription line)
 * @param timeStartMilliseconds where it starts in the media
 * @param timeEndMilliseconds where it ends
 * @param status ACTIVE or DELETED
 * @param userId who created it
 * @param parentId the segment it answers (comment threads)
 * @param shareId the share it was created through, if any
 * @param externalId an id in an external system
 * @param metadataViewId the metadata view of its values
 * @param segmentColor its colour in iconik's UI
 * @param segmentTrack its track
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 */
public record Segment(
    @Nullable String id,
    @Json(name = "asset_id") @Nullable String assetId,
    @Json(name = "version_id") @Nullable String versionId,
    @Json(name = "segment_type") @Nullable SegmentType segmentType,
    @Json(name = "segment_text") @Nullable String segmentText,
    @Json(name = "time_start_milliseconds") @Nullable Long timeStartMilliseconds,
    @Json(name = "time_end_milliseconds") @Nullable Long timeEndMilliseconds,
    @Nullable AssetStatus status,
    @Json(name = "user_id") @Nullable String userId,
    @Json(name = "parent_id") @Nullable String parentId,
    @Json(name = "share_id") @Nullable String shareId,
    @Json(name = "external_id") @Nullable String externalId,
    @Json(name = "metadata_view_id") @Nullable String metadataViewId,
    @Json(name = "segment_color") @Nullable String segmentColor,
    @Json(name = "segment_track") @Nullable String segmentTrack,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified) {}
