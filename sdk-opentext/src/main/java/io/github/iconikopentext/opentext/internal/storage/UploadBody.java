package io.github.iconikopentext.opentext.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body streamed from a file or an input stream, counting the bytes as they are written and — unless the
 * caller supplies the SHA-256 it computes itself — computing their SHA-256 on the way, in {@value #BUFFER_BYTES}-byte
 * pieces so that no more than one piece is in memory. A stream without its own digest is copied with
 * {@link InputStream#transferTo}, so a stream that hands out large pieces is written in those pieces. A stream of
 * known length is sent with {@code Content-Length}. A stream body is one-shot; a file body can be written again
 * (the count and digest then describe the last write). Not part of the API.
 */
final class UploadBody extends RequestBody {
  static final int BUFFER_BYTES = 64 * 1024;

  private final MediaType contentType;
  private final Path file;
  private final InputStream stream;
  private final long length;
  private final Supplier<String> callerSha256;
  private volatile long bytesWritten;
  private volatile boolean complete;
  private volatile String sha256;

  private UploadBody(MediaType contentType, Path file, InputStream stream, long length, Supplier<String> sha256) {
    this.contentType = contentType;
    this.file = file;
    this.stream = stream;
    this.length = length;
    this.callerSha256 = sha256;
  }

  static UploadBody ofFile(Path file, MediaType contentType) {
    return new UploadBody(contentType, file, null, -1, null);
  }

  /**
   * A one-shot body of {@code stream}; {@code length} -1 when unknown; {@code sha256} null to compute it here.
   */
  static UploadBody ofStream(InputStream stream, MediaType contentType, long length, Supplier<String> sha256) {
    return new UploadBody(contentType, null, stream, length, sha256);
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() throws IOException {
    return file != null ? Files.size(file) : length;
  }

  @Override
  public boolean isOneShot() {
    return file == null;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    complete = false;
    long count;
    if (file != null) {
      try (InputStream in = Files.newInputStream(file)) {
        count = digestingCopy(in, sink);
      }
    } else if (callerSha256 == null) {
      count = digestingCopy(stream, sink);
    } else {
      CountingStream out = new CountingStream(sink);
      stream.transferTo(out);
      count = out.count;
    }
    if (length >= 0 && count != length) {
      throw new ProtocolException("the upload stream yielded " + count + " bytes but its length was given as "
          + length);
    }
    sink.flush();
    bytesWritten = count;
    complete = true;
  }

  private long digestingCopy(InputStream in, BufferedSink sink) throws IOException {
    MessageDigest digest = Sha256.newDigest();
    byte[] buffer = new byte[BUFFER_BYTES];
    long count = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      digest.update(buffer, 0, n);
      sink.write(buffer, 0, n);
      count += n;
    }
    sha256 = HexFormat.of().formatHex(digest.digest());
    return count;
  }

  long bytesWritten() {
    return bytesWritten;
  }

  /** Whether the last write sent the whole content. */
  boolean complete() {
    return complete;
  }

  /** The hex SHA-256 of the last complete write: computed here, or the caller's once the write is complete. */
  String sha256() {
    if (!complete) {
      return null;
    }
    return callerSha256 != null ? callerSha256.get() : sha256;
  }

  /**
   * Writes what it is given to the sink in slices of {@value #SLICE_BYTES} bytes, counting it: a large piece written
   * at once would be copied into freshly allocated Okio segments (Okio pools only 64 KiB of them), while slices let
   * each go to the socket and its segments back to the pool before the next.
   */
  private static final class CountingStream extends OutputStream {
    private static final int SLICE_BYTES = 32 * 1024;

    private final BufferedSink sink;
    long count;

    CountingStream(BufferedSink sink) {
      this.sink = sink;
    }

    @Override
    public void write(int b) throws IOException {
      sink.writeByte(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int done = 0; done < len; ) {
        int n = Math.min(SLICE_BYTES, len - done);
        sink.write(b, off + done, n);
        done += n;
      }
      count += len;
    }
  }
}
