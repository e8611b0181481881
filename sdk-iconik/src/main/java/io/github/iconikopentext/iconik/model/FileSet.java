package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file set: the files of one format on one storage. Immutable; lists are empty when absent.
 *
 * @param id the file set id
 * @param assetId the asset
 * @param name the name, usually the file name
 * @param formatId the format
 * @param storageId the storage holding the files
 * @param baseDir the directory on the storage
 * @param componentIds the format components the files carry
 * @param status ACTIVE, ARCHIVED or DELETED
 * @param fileCount the number of files, when asked for
 * @param isArchive whether this is an archive copy
 * @param versionId the asset version
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 * @param dateDeleted when it was deleted
 * @param deletedByUser who deleted it
 * @param originalStorageId the storage it was first stored on, after a move
 * @param archiveFileSetId the file set holding its archived copy
 */
public record FileSet(
    @Strict @Nullable String id,
    @Json(name = "asset_id") @Nullable String assetId,
    @Nullable String name,
    @Json(name = "format_id") @Nullable String formatId,
    @Json(name = "storage_id") @Nullable String storageId,
    @Json(name = "base_dir") @Nullable String baseDir,
    @Json(name = "component_ids") List<String> componentIds,
    @Nullable FileSetStatus status,
    @Json(name = "file_count") @Nullable Integer fileCount,
    @Json(name = "is_archive") @Nullable Boolean isArchive,
    @Json(name = "version_id") @Nullable String versionId,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "date_deleted") @Nullable Instant dateDeleted,
    @Json(name = "deleted_by_user") @Nullable String deletedByUser,
    @Json(name = "original_storage_id") @Nullable String originalStorageId,
    @Json(name = "archive_file_set_id") @Nullable String archiveFileSetId) {

  public FileSet {
    componentIds = Nulls.list(componentIds);
  }
}
