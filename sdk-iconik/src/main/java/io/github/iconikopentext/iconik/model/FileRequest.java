package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file to create on an asset, for ingest: create it (status OPEN), upload to the returned
 * {@link AssetFile#uploadUrl()}, then close it. Immutable; build with {@link #builder(String, String)}.
 *
 * @param originalName the file's name
 * @param name the stored name; {@code null} lets iconik derive one
 * @param directoryPath the directory within the file set ({@code ""} for its root)
 * @param size the size in bytes
 * @param type FILE, DIRECTORY or SYMLINK
 * @param status the initial status, normally OPEN
 * @param fileSetId the file set it belongs to (required by iconik)
 * @param formatId the format
 * @param storageId the storage
 * @param checksum the content checksum, if known
 * @param fileDateCreated the file's own creation time
 * @param fileDateModified the file's own modification time
 */
public record FileRequest(
    @Json(name = "original_name") String originalName,
    @Nullable String name,
    @Json(name = "directory_path") String directoryPath,
    Long size,
    FileType type,
    FileStatus status,
    @Json(name = "file_set_id") String fileSetId,
    @Json(name = "format_id") String formatId,
    @Json(name = "storage_id") String storageId,
    String checksum,
    @Json(name = "file_date_created") Instant fileDateCreated,
    @Json(name = "file_date_modified") Instant fileDateModified) {

  /** Starts a FILE in status OPEN named {@code originalName} in file set {@code fileSetId}, at the set's root. */
  public static Builder builder(String originalName, String fileSetId) {
    return new Builder(originalName, fileSetId);
  }

  /** Builds a {@link FileRequest}. Not thread-safe. */
  public static final class Builder {
    private final String originalName;
    private final String fileSetId;
    private String name;
    private String directoryPath = "";
    private Long size;
    private FileType type = FileType.FILE;
    private FileStatus status = FileStatus.OPEN;
    private String formatId;
    private String storageId;
    private String checksum;
    private Instant fileDateCreated;
    private Instant fileDateModified;

    private Builder(String originalName, String fileSetId) {
      this.originalName = Objects.requireNonNull(originalName, "originalName == null");
      this.fileSetId = Objects.requireNonNull(fileSetId, "fileSetId == null");
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder directoryPath(String directoryPath) {
      this.directoryPath = Objects.requireNonNull(directoryPath, "directoryPath == null");
      return this;
    }

    public Builder size(long size) {
      if (size < 0) {
        throw new IllegalArgumentException("size < 0: " + size);
      }
      this.size = size;
      return this;
    }

    public Builder type(FileType type) {
      this.type = Objects.requireNonNull(type, "type == null");
      return this;
    }

    public Builder status(FileStatus status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    public Builder formatId(String formatId) {
      this.formatId = formatId;
      return this;
    }

    public Builder storageId(String storageId) {
      this.storageId = storageId;
      return this;
    }

    public Builder checksum(String checksum) {
      this.checksum = checksum;
      return this;
    }

    public Builder fileDateCreated(Instant fileDateCreated) {
      this.fileDateCreated = fileDateCreated;
      return this;
    }

    public Builder fileDateModified(Instant fileDateModified) {
      this.fileDateModified = fileDateModified;
      return this;
    }

    public FileRequest build() {
      return new FileRequest(originalName, name, directoryPath, size, type, status, fileSetId, formatId, storageId,
          checksum, fileDateCreated, fileDateModified);
    }
  }
}
