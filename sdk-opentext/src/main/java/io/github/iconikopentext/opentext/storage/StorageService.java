package io.github.iconikopentext.opentext.storage;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * The Content Storage Service (v3): uploads and downloads file bytes. Store bytes here, then create a CMS file
 * instance whose primary rendition's {@code blob_id} is the returned id.
 *
 * <p>Uploads stream the content to {@code POST v3/files/fromStream} with its {@code Content-Type}, never holding the
 * file in memory, and compute its size and SHA-256 while sending. An upload is never retried automatically (a
 * repeat would store a second copy). Downloads stream from {@code GET v3/files/{id}/stream}. Memory use does not
 * depend on the file size.
 *
 * <p>Assumed (UNCONFIRMED): the file name travels in a {@code Content-Disposition} header (RFC 6266: an ASCII
 * {@code filename} and, for other names, an RFC 5987 {@code filename*} in UTF-8); file info is
 * {@code GET v3/files/{id}}. Implementations are thread-safe.
 */
public interface StorageService {

  /**
   * Uploads the file at {@code file} (its size is sent as {@code Content-Length}; its name as the file name).
   *
   * @param contentType the MIME type, e.g. {@code video/mp4}
   * @throws io.github.iconikopentext.core.error.SdkException subclasses for HTTP, network and file errors; an
   *     {@link io.github.iconikopentext.core.error.InvalidResponseException} if CSS reports another size than was sent
   */
  UploadResult upload(Path file, String contentType);

  /**
   * Uploads everything {@code content} yields, sent chunked (no length known in advance). The stream is read once
   * and not closed here.
   *
   * @param fileName the file name to record
   * @param contentType the MIME type
   */
  UploadResult upload(InputStream content, String fileName, String contentType);

  /**
   * Uploads everything {@code source} yields: with {@code Content-Length} when its length is given (chunked
   * otherwise), and without hashing it when the caller supplies its SHA-256. The stream is read once and not closed
   * here.
   *
   * @throws io.github.iconikopentext.core.error.SdkException subclasses for HTTP and network errors, a stream that
   *     yields another number of bytes than its given length, or a CSS answer with another size than was sent
   */
  UploadResult upload(UploadSource source);

  /** Opens a streaming download of file {@code fileId}; close it when done. */
  ContentDownload download(String fileId);

  /** Streams file {@code fileId} into {@code target} (replaced if present), measuring size and SHA-256. */
  DownloadResult downloadTo(String fileId, Path target);

  /** What CSS knows about file {@code fileId} (UNCONFIRMED path {@code GET v3/files/{id}}). */
  StoredFile info(String fileId);
}
