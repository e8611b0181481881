package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of an asset ({@code versions[]} of an asset or a search hit; iconik's {@code AssetVersionSchema}).
 * Formats, file sets and files name the version they belong to by {@code version_id}. Immutable; lists are empty when
 * absent.
 *
 * @param id the version id
 * @param versionNumber the version's number, when iconik sends it
 * @param status the version's status
 * @param archiveStatus the archive state
 * @param isOnline whether the version's files are online
 * @param analyzeStatus the state of media analysis
 * @param transcribeStatus the state of transcription
 * @param faceRecognitionStatus the state of face recognition
 * @param hasUnconfirmedPersons whether recognized faces await confirmation
 * @param personIds recognized persons
 * @param transcribedLanguages the languages transcribed
 * @param createdByUser who created the version
 * @param dateCreated when it was created
 */
public record AssetVersion(
    @Nullable String id,
    @Json(name = "version_number") @Nullable Integer versionNumber,
    @Nullable AssetVersionStatus status,
    @Json(name = "archive_status") @Nullable ArchiveStatus archiveStatus,
    @Json(name = "is_online") @Nullable Boolean isOnline,
    @Json(name = "analyze_status") @Nullable ProcessingStatus analyzeStatus,
    @Json(name = "transcribe_status") @Nullable ProcessingStatus transcribeStatus,
    @Json(name = "face_recognition_status") @Nullable ProcessingStatus faceRecognitionStatus,
    @Json(name = "has_unconfirmed_persons") @Nullable Boolean hasUnconfirmedPersons,
    @Json(name = "person_ids") List<String> personIds,
    @Json(name = "transcribed_languages") List<String> transcribedLanguages,
    @Json(name = "created_by_user") @Nullable String createdByUser,
    @Json(name = "date_created") @Nullable Instant dateCreated) {

  public AssetVersion {
    personIds = Nulls.list(personIds);
    transcribedLanguages = Nulls.list(transcribedLanguages);
  }
}
