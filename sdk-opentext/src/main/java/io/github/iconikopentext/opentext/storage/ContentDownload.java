package io.github.iconikopentext.opentext.storage;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * An open download from CSS. Read {@link #stream()} to the end (or as far as needed), then close this object to
 * release the connection; use it in try-with-resources. Not thread-safe: one reader at a time.
 */
public final class ContentDownload implements Closeable {
  private final InputStream stream;
  private final String contentType;
  private final long contentLength;

  public ContentDownload(InputStream stream, String contentType, long contentLength) {
    this.stream = Objects.requireNonNull(stream, "stream == null");
    this.contentType = contentType;
    this.contentLength = contentLength;
  }

  /** The bytes, streamed from the server as they are read. */
  public InputStream stream() {
    return stream;
  }

  /** The {@code Content-Type} the server sent, if any. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** The {@code Content-Length}, or -1 when the server streams without one. */
  public long contentLength() {
    return contentLength;
  }

  /** Closes the stream and the connection. */
  @Override
  public void close() {
    try {
      stream.close();
    } catch (java.io.IOException ignored) {
      // Closing a response body only releases the connection; nothing to report.
    }
  }
}
