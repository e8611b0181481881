package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One search result: an asset, collection or other document as iconik's search index holds it, with its files,
 * formats, proxies, keyframes and versions (each present when the search's {@code include_fields} ask for it, or by
 * default), and the sort values used for deep paging. Proxies and keyframes carry signed URLs only when the request
 * asked for them ({@link SearchRequest.Builder#generateSignedUrls(boolean)}). Immutable; lists and maps are empty
 * when absent.
 *
 * @param id the object's id
 * @param objectType {@code assets}, {@code collections}, …
 * @param type the kind of asset (assets only)
 * @param title the title
 * @param description a description
 * @param status the object's status (an asset or collection status, as text)
 * @param archiveStatus the archive state
 * @param analyzeStatus the state of media analysis
 * @param faceRecognitionStatus the state of face recognition
 * @param isOnline whether the object's files are online
 * @param isBlocked whether the object is blocked
 * @param mediaType the media type iconik derived, e.g. {@code video}
 * @param format the original's format as iconik names it, e.g. {@code MPEG-4 AVC/H.264}
 * @param duration the media duration as iconik's index writes it, e.g. {@code 00:28:45:01}
 * @param timeStartMilliseconds a subclip's start
 * @param timeEndMilliseconds a subclip's end
 * @param category a free category
 * @param externalId an id in an external system
 * @param externalLink a link to an external system
 * @param createdByUser the creating user's id
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 * @param inCollections ids of the collections holding it
 * @param files the object's files
 * @param formats the object's formats, with their format-level metadata
 * @param proxies the object's proxies, with their (signed) URLs
 * @param keyframes the object's keyframes, with their (signed) URLs
 * @param versions the asset's versions
 * @param versionsNumber how many versions the asset has
 * @param permissions what the calling user may do with it, e.g. {@code read}, {@code write}
 * @param personIds recognized persons
 * @param hasUnconfirmedPersons whether recognized faces await confirmation
 * @param position the hit's position in the result
 * @param warning a warning iconik attached
 * @param metadata the object's metadata values, by field
 * @param highlight the matching text of each field, with iconik's {@code [[mark]]} markers
 * @param sort the hit's sort values, the {@code search_after} cursor of the next page
 */
public record SearchHit(
    @Nullable String id,
    @Json(name = "object_type") @Nullable String objectType,
    @Nullable AssetType type,
    @Nullable String title,
    @Nullable String description,
    @Nullable String status,
    @Json(name = "archive_status") @Nullable ArchiveStatus archiveStatus,
    @Json(name = "analyze_status") @Nullable ProcessingStatus analyzeStatus,
    @Json(name = "face_recognition_status") @Nullable ProcessingStatus faceRecognitionStatus,
    @Json(name = "is_online") @Nullable Boolean isOnline,
    @Json(name = "is_blocked") @Nullable Boolean isBlocked,
    @Json(name = "media_type") @Nullable String mediaType,
    @Nullable String format,
    @Nullable String duration,
    @Json(name = "time_start_milliseconds") @Nullable Long timeStartMilliseconds,
    @Json(name = "time_end_milliseconds") @Nullable Long timeEndMilliseconds,
    @Nullable String category,
    @Json(name = "external_id") @Nullable String externalId,
    @Json(name = "external_link") @Nullable String externalLink,
    @Json(name = "created_by_user") @Nullable String createdByUser,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "in_collections") List<String> inCollections,
    List<AssetFile> files,
    List<Format> formats,
    List<Proxy> proxies,
    List<Keyframe> keyframes,
    List<AssetVersion> versions,
    @Json(name = "versions_number") @Nullable Integer versionsNumber,
    List<String> permissions,
    @Json(name = "person_ids") List<String> personIds,
    @Json(name = "has_unconfirmed_persons") @Nullable Boolean hasUnconfirmedPersons,
    @Nullable Integer position,
    @Nullable String warning,
    Map<String, Object> metadata,
    @Json(name = "_highlight") Map<String, List<String>> highlight,
    @Strict @Json(name = "_sort") List<Object> sort) {

  public SearchHit {
    inCollections = Nulls.list(inCollections);
    files = Nulls.list(files);
    formats = Nulls.list(formats);
    proxies = Nulls.list(proxies);
    keyframes = Nulls.list(keyframes);
    versions = Nulls.list(versions);
    permissions = Nulls.list(permissions);
    personIds = Nulls.list(personIds);
    metadata = Nulls.map(metadata);
    highlight = Nulls.map(highlight);
    sort = Nulls.list(sort);
  }

  /** The first proxy whose status is CLOSED (complete), if any: the one to play. */
  public java.util.Optional<Proxy> playableProxy() {
    return proxies.stream().filter(p -> p.status() == FileStatus.CLOSED).findFirst();
  }

  /** The first keyframe of type {@link KeyframeType#KEYFRAME}, if any: the thumbnail. */
  public java.util.Optional<Keyframe> thumbnail() {
    return keyframes.stream().filter(k -> k.type() == KeyframeType.KEYFRAME).findFirst();
  }
}
