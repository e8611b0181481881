package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;

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
    String id,
    @Json(name = "asset_id") String assetId,
    @Json(name = "version_id") String versionId,
    @Json(name = "segment_type") SegmentType segmentType,
    @Json(name = "segment_text") String segmentText,
    @Json(name = "time_start_milliseconds") Long timeStartMilliseconds,
    @Json(name = "time_end_milliseconds") Long timeEndMilliseconds,
    AssetStatus status,
    @Json(name = "user_id") String userId,
    @Json(name = "parent_id") String parentId,
    @Json(name = "share_id") String shareId,
    @Json(name = "external_id") String externalId,
    @Json(name = "metadata_view_id") String metadataViewId,
    @Json(name = "segment_color") String segmentColor,
    @Json(name = "segment_track") String segmentTrack,
    @Json(name = "date_created") Instant dateCreated,
    @Json(name = "date_modified") Instant dateModified) {}
