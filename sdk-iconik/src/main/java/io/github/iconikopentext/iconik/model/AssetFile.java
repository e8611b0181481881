package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A file of an asset. After a create, {@link #uploadUrl()} is where the content goes (a signed URL for cloud
 * storages); the upload is complete once the file is closed ({@link FileStatus#CLOSED}). Immutable; any component
 * may be {@code null}.
 *
 * <p>Signed URLs grant access on their own, so {@link #toString()} shows them without their query string.
 *
 * @param id the file id
 * @param assetId the asset
 * @param name the stored name
 * @param originalName the name it was uploaded with
 * @param directoryPath the directory within the file set
 * @param size the size in bytes
 * @param type FILE, DIRECTORY or SYMLINK
 * @param status the upload state
 * @param fileSetId the file set
 * @param formatId the format
 * @param storageId the storage
 * @param checksum the content checksum, if known
 * @param versionId the asset version
 * @param systemDomainId the iconik system domain
 * @param fileDateCreated the file's own creation time
 * @param fileDateModified the file's own modification time
 * @param dateCreated when iconik recorded it
 * @param dateModified when the record last changed
 * @param uploadUrl where to upload the content (after create)
 * @param uploadMethod how to upload, e.g. {@code PUT} or {@code POST}
 * @param uploadFilename the name to upload as
 * @param multipartUploadUrl the multipart upload endpoint, for large files
 * @param url a URL of the content, when iconik generated one
 * @param storageMethod how the storage is reached, e.g. {@code S3} (search hits)
 * @param parentId the directory file holding it, if any
 * @param userId who created it
 */
public record AssetFile(
    @Strict @Nullable String id,
    @Json(name = "asset_id") @Nullable String assetId,
    @Nullable String name,
    @Json(name = "original_name") @Nullable String originalName,
    @Json(name = "directory_path") @Nullable String directoryPath,
    @Nullable Long size,
    @Nullable FileType type,
    @Nullable FileStatus status,
    @Json(name = "file_set_id") @Nullable String fileSetId,
    @Json(name = "format_id") @Nullable String formatId,
    @Json(name = "storage_id") @Nullable String storageId,
    @Nullable String checksum,
    @Json(name = "version_id") @Nullable String versionId,
    @Json(name = "system_domain_id") @Nullable String systemDomainId,
    @Json(name = "file_date_created") @Nullable Instant fileDateCreated,
    @Json(name = "file_date_modified") @Nullable Instant fileDateModified,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "upload_url") @Nullable String uploadUrl,
    @Json(name = "upload_method") @Nullable String uploadMethod,
    @Json(name = "upload_filename") @Nullable String uploadFilename,
    @Json(name = "multipart_upload_url") @Nullable String multipartUploadUrl,
    @Nullable String url,
    @Json(name = "storage_method") @Nullable String storageMethod,
    @Json(name = "parent_id") @Nullable String parentId,
    @Json(name = "user_id") @Nullable String userId) {

  @Override
  public String toString() {
    return "AssetFile[id=" + id + ", assetId=" + assetId + ", name=" + name + ", originalName=" + originalName
        + ", directoryPath=" + directoryPath + ", size=" + size + ", type=" + type + ", status=" + status
        + ", fileSetId=" + fileSetId + ", formatId=" + formatId + ", storageId=" + storageId
        + ", checksum=" + checksum + ", versionId=" + versionId + ", dateCreated=" + dateCreated
        + ", dateModified=" + dateModified + ", uploadUrl=" + withoutQuery(uploadUrl)
        + ", uploadMethod=" + uploadMethod + ", multipartUploadUrl=" + withoutQuery(multipartUploadUrl)
        + ", url=" + withoutQuery(url) + "]";
  }

  static String withoutQuery(String url) {
    if (url == null) {
      return null;
    }
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q) + "?****";
  }
}
