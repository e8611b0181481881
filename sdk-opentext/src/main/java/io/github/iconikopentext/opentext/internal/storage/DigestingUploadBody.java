package io.github.iconikopentext.opentext.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body streamed from a file or an input stream in {@value #BUFFER_BYTES}-byte chunks, counting the bytes
 * and computing their SHA-256 as they are written, so that no more than one chunk is in memory. A stream body is
 * one-shot; a file body can be written again (the count and digest then describe the last write). Not part of the
 * API.
 */
final class DigestingUploadBody extends RequestBody {
  static final int BUFFER_BYTES = 64 * 1024;

  private final MediaType contentType;
  private final Path file;
  private final InputStream stream;
  private volatile long bytesWritten;
  private volatile String sha256;

  private DigestingUploadBody(MediaType contentType, Path file, InputStream stream) {
    this.contentType = contentType;
    this.file = file;
    this.stream = stream;
  }

  static DigestingUploadBody ofFile(Path file, MediaType contentType) {
    return new DigestingUploadBody(contentType, file, null);
  }

  static DigestingUploadBody ofStream(InputStream stream, MediaType contentType) {
    return new DigestingUploadBody(contentType, null, stream);
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() throws IOException {
    return file != null ? Files.size(file) : -1;
  }

  @Override
  public boolean isOneShot() {
    return file == null;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    if (file != null) {
      try (InputStream in = Files.newInputStream(file)) {
        copy(in, sink);
      }
    } else {
      copy(stream, sink);
    }
  }

  private void copy(InputStream in, BufferedSink sink) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    byte[] buffer = new byte[BUFFER_BYTES];
    long count = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      digest.update(buffer, 0, n);
      sink.write(buffer, 0, n);
      count += n;
    }
    sink.flush();
    bytesWritten = count;
    sha256 = HexFormat.of().formatHex(digest.digest());
  }

  long bytesWritten() {
    return bytesWritten;
  }

  /** The hex SHA-256 of the last complete write, or {@code null} if none completed. */
  String sha256() {
    return sha256;
  }
}
