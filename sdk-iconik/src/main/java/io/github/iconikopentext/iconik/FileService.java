package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.DownloadUrl;
import io.github.iconikopentext.iconik.internal.FilesApi;
import io.github.iconikopentext.iconik.internal.RawTransport;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSet;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.FileStatus;
import io.github.iconikopentext.iconik.model.Format;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.ListOptions;
import io.github.iconikopentext.iconik.model.Storage;
import java.util.Map;
import java.util.Objects;

/**
 * iconik files: an asset's formats, file sets and files, download URLs, storages, and lookup by checksum.
 *
 * <p>Ingest goes asset → {@link #createFormat format} → {@link #createFileSet file set} → {@link #createFile file}
 * (then upload the content to {@link AssetFile#uploadUrl()}) → {@link #closeFile close}. Obtain it from
 * {@link IconikClient#files()}. Every method may throw the SDK's
 * {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 */
public final class FileService {
  private final FilesApi api;
  private final RawTransport transport;

  FileService(FilesApi api, RawTransport transport) {
    this.api = api;
    this.transport = transport;
  }

  /** The asset's formats, lazily paged. */
  public PagedIterable<Format> formats(String assetId) {
    String id = Args.requireText(assetId, "assetId");
    return transport.linked(() -> api.formats(id, Map.of()), Format.class);
  }

  public Format format(String assetId, String formatId) {
    return Responses.present(api.format(Args.requireText(assetId, "assetId"), Args.requireText(formatId, "formatId")),
        "format " + formatId);
  }

  /** The asset's format called {@code name}, e.g. {@code ORIGINAL}. */
  public Format formatByName(String assetId, String name) {
    return Responses.present(api.formatByName(Args.requireText(assetId, "assetId"), Args.requireText(name, "name")), "format " + name);
  }

  public Format createFormat(String assetId, FormatRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.createFormat(Args.requireText(assetId, "assetId"), input), "the created format");
  }

  /** The asset's file sets, lazily paged. */
  public PagedIterable<FileSet> fileSets(String assetId) {
    String id = Args.requireText(assetId, "assetId");
    return transport.linked(() -> api.fileSets(id, Map.of()), FileSet.class);
  }

  public FileSet createFileSet(String assetId, FileSetRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.createFileSet(Args.requireText(assetId, "assetId"), input), "the created file set");
  }

  /** The asset's files, lazily paged. */
  public PagedIterable<AssetFile> files(String assetId) {
    String id = Args.requireText(assetId, "assetId");
    return transport.linked(() -> api.files(id, Map.of()), AssetFile.class);
  }

  public AssetFile file(String assetId, String fileId) {
    return Responses.present(api.file(Args.requireText(assetId, "assetId"), Args.requireText(fileId, "fileId")), "file " + fileId);
  }

  /** Creates a file record; upload its content to the returned {@link AssetFile#uploadUrl()}, then close it. */
  public AssetFile createFile(String assetId, FileRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.createFile(Args.requireText(assetId, "assetId"), input), "the created file");
  }

  /** Marks the upload complete: status CLOSED. */
  public AssetFile closeFile(String assetId, String fileId) {
    return updateFileStatus(assetId, fileId, FileStatus.CLOSED);
  }

  public AssetFile updateFileStatus(String assetId, String fileId, FileStatus status) {
    Objects.requireNonNull(status, "status == null");
    if (status == FileStatus.UNKNOWN) {
      throw new IllegalArgumentException("cannot set a file's status to UNKNOWN");
    }
    return Responses.present(api.updateFile(Args.requireText(assetId, "assetId"), Args.requireText(fileId, "fileId"),
        Map.of("status", status.name())), "file " + fileId);
  }

  /** A (signed, short-lived) URL to download the file's content; it needs no iconik credentials. */
  public String downloadUrl(String assetId, String fileId) {
    DownloadUrl url = Responses.present(api.downloadUrl(Args.requireText(assetId, "assetId"), Args.requireText(fileId, "fileId")),
        "the download URL of file " + fileId);
    return Responses.present(url.url(), "the download URL of file " + fileId);
  }

  /** All storages, lazily paged. */
  public PagedIterable<Storage> storages() {
    return storages(ListOptions.defaults());
  }

  public PagedIterable<Storage> storages(ListOptions options) {
    Objects.requireNonNull(options, "options == null");
    if (options.perPage() != null && options.perPage() > 100) {
      throw new IllegalArgumentException("iconik serves at most 100 storages per page: " + options.perPage());
    }
    return transport.linked(() -> api.storages(options.asQuery()), Storage.class);
  }

  public Storage storage(String storageId) {
    return Responses.present(api.storage(Args.requireText(storageId, "storageId")), "storage " + storageId);
  }

  /** Files of any asset whose content has {@code checksum}, lazily paged: finds duplicates before an ingest. */
  public PagedIterable<AssetFile> filesByChecksum(String checksum) {
    String sum = Args.requireText(checksum, "checksum");
    return transport.linked(() -> api.filesByChecksum(sum, Map.of()), AssetFile.class);
  }
}
