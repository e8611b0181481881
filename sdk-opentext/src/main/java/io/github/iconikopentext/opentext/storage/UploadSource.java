package io.github.iconikopentext.opentext.storage;

import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What {@link StorageService#upload(UploadSource)} sends: a stream of content with its file name, MIME type and,
 * when known, its length and SHA-256.
 *
 * <p>With a {@linkplain Builder#length length} the upload carries a {@code Content-Length} instead of being sent
 * chunked, and fails if the stream yields another number of bytes. With a {@linkplain Builder#sha256 SHA-256
 * supplier} the SDK does not hash the bytes itself: a caller that already computes the digest while producing the
 * content (e.g. on another thread while downloading it) saves a second pass of SHA-256 over every byte. Immutable;
 * the stream is read once by the upload and not closed by it.
 */
public final class UploadSource {
  private final InputStream content;
  private final String contentType;
  private final String fileName;
  private final long length;
  private final Supplier<String> sha256;

  private UploadSource(Builder b) {
    this.content = b.content;
    this.contentType = b.contentType;
    this.fileName = b.fileName;
    this.length = b.length;
    this.sha256 = b.sha256;
  }

  /** Starts a source of {@code content} with MIME type {@code contentType} (e.g. {@code video/mp4}). */
  public static Builder builder(InputStream content, String contentType) {
    return new Builder(content, contentType);
  }

  public InputStream content() {
    return content;
  }

  public String contentType() {
    return contentType;
  }

  /** The file name CSS records, or {@code null} for none. */
  public @Nullable String fileName() {
    return fileName;
  }

  /** The number of bytes the stream yields, or -1 when unknown (the upload is then sent chunked). */
  public long length() {
    return length;
  }

  /** The caller's SHA-256 of the content, or {@code null} when the SDK computes it while sending. */
  public @Nullable Supplier<String> sha256() {
    return sha256;
  }

  @Override
  public String toString() {
    return "UploadSource{" + fileName + ", " + contentType + (length >= 0 ? ", " + length + " bytes" : "") + "}";
  }

  /** Builds an {@link UploadSource}. Not thread-safe. */
  public static final class Builder {
    private final InputStream content;
    private final String contentType;
    private String fileName;
    private long length = -1;
    private Supplier<String> sha256;

    private Builder(InputStream content, String contentType) {
      this.content = Objects.requireNonNull(content, "content == null");
      this.contentType = Objects.requireNonNull(contentType, "contentType == null");
    }

    /** The file name to record; any Unicode name works (it travels RFC 5987-encoded). */
    public Builder fileName(String fileName) {
      this.fileName = fileName;
      return this;
    }

    /** The exact number of bytes the stream yields; sent as {@code Content-Length}. */
    public Builder length(long length) {
      if (length < 0) {
        throw new IllegalArgumentException("length < 0: " + length);
      }
      this.length = length;
      return this;
    }

    /**
     * The content's SHA-256 as the caller computes it: called once, after the stream was read to its end and sent,
     * it must return the lower-case hex SHA-256 of exactly the bytes the stream yielded (it may wait for the
     * caller's hashing to finish). The SDK then does not hash the content; {@link UploadResult#sha256()} is this
     * value.
     */
    public Builder sha256(Supplier<String> sha256) {
      this.sha256 = Objects.requireNonNull(sha256, "sha256 == null");
      return this;
    }

    public UploadSource build() {
      return new UploadSource(this);
    }
  }
}
