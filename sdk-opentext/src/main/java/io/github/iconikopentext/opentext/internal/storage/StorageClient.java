package io.github.iconikopentext.opentext.internal.storage;

import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.opentext.storage.ContentDownload;
import io.github.iconikopentext.opentext.storage.DownloadResult;
import io.github.iconikopentext.opentext.storage.StorageService;
import io.github.iconikopentext.opentext.storage.StoredFile;
import io.github.iconikopentext.opentext.storage.UploadResult;
import io.github.iconikopentext.opentext.storage.UploadSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/** {@link StorageService} over Retrofit with streaming bodies. Thread-safe. Not part of the API. */
public final class StorageClient implements StorageService {
  private static final String UPLOAD = "POST v3/files/fromStream";

  private final CssRestApi api;

  public StorageClient(HttpStack stack) {
    this.api = stack.create(CssRestApi.class);
  }

  @Override
  public UploadResult upload(Path file, String contentType) {
    Objects.requireNonNull(file, "file == null");
    if (!Files.isRegularFile(file)) {
      throw new SdkException("cannot upload " + file + ": not a readable regular file",
          new NoSuchFileException(file.toString()));
    }
    Path name = file.getFileName();
    return send(UploadBody.ofFile(file, mediaType(contentType)), name == null ? null : name.toString());
  }

  @Override
  public UploadResult upload(InputStream content, String fileName, String contentType) {
    Objects.requireNonNull(content, "content == null");
    return send(UploadBody.ofStream(content, mediaType(contentType), -1, null), fileName);
  }

  @Override
  public UploadResult upload(UploadSource source) {
    Objects.requireNonNull(source, "source == null");
    return send(UploadBody.ofStream(source.content(), mediaType(source.contentType()), source.length(),
        source.sha256()), source.fileName());
  }

  private UploadResult send(UploadBody body, String fileName) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (fileName != null && !fileName.isBlank()) {
      headers.put("Content-Disposition", ContentDisposition.attachment(fileName));
    }
    StoredFile stored = api.upload(body, headers);
    if (stored == null || stored.id() == null || stored.id().isBlank()) {
      throw new InvalidResponseException(UPLOAD + ": the response has no file id", "", null);
    }
    if (!body.complete()) {
      throw new NetworkException(UPLOAD + ": the upload body was not completely sent", null);
    }
    if (stored.size() != null && stored.size() != body.bytesWritten()) {
      throw new InvalidResponseException(UPLOAD + ": CSS stored " + stored.size() + " bytes as file " + stored.id()
          + " but " + body.bytesWritten() + " bytes were sent", "", null);
    }
    String sha256 = body.sha256();
    if (sha256 == null) {
      throw new SdkException(UPLOAD + ": the caller's SHA-256 supplier returned null", null);
    }
    return new UploadResult(stored, body.bytesWritten(), sha256);
  }

  @Override
  public ContentDownload download(String fileId) {
    ResponseBody body = api.download(Args.requireText(fileId, "fileId"));
    MediaType type = body.contentType();
    return new ContentDownload(body.byteStream(), type == null ? null : type.toString(), body.contentLength());
  }

  @Override
  public DownloadResult downloadTo(String fileId, Path target) {
    Objects.requireNonNull(target, "target == null");
    MessageDigest digest = Sha256.newDigest();
    long count = 0;
    try (ContentDownload download = download(fileId);
        InputStream in = download.stream();
        OutputStream out = Files.newOutputStream(target)) {
      byte[] buffer = new byte[UploadBody.BUFFER_BYTES];
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
        count += n;
      }
    } catch (IOException e) {
      throw new NetworkException("GET v3/files/" + fileId + "/stream into " + target + " failed after " + count
          + " bytes: " + e.getMessage(), e);
    }
    return new DownloadResult(count, HexFormat.of().formatHex(digest.digest()));
  }

  @Override
  public StoredFile info(String fileId) {
    return api.info(Args.requireText(fileId, "fileId"));
  }

  private static MediaType mediaType(String contentType) {
    MediaType type = MediaType.parse(Args.requireText(contentType, "contentType"));
    if (type == null) {
      throw new IllegalArgumentException("not a MIME type: '" + contentType + "'");
    }
    return type;
  }
}
