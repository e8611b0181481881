package io.github.iconikopentext.testkit.internal.opentext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's Content Storage: each upload is streamed into a temporary file while its size and SHA-256 are
 * computed, so an upload of any size costs a few kilobytes of heap; or, when content is not kept, only counted.
 * Thread-safe.
 */
public final class CssStore implements AutoCloseable {
  private static final int BUFFER = 256 * 1024;

  /** One stored file; {@code file} and {@code sha256} are null when content is not kept. */
  public record Blob(String id, Path file, long size, String sha256, String mimeType, String fileName) {}

  private final Path directory;
  private final boolean keep;
  private final Map<String, Blob> blobs = new ConcurrentHashMap<>();

  public CssStore(boolean keep) {
    this.keep = keep;
    try {
      this.directory = Files.createTempDirectory("opentext-simulator-css");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the simulator's CSS directory", e);
    }
  }

  /** Copies {@code content} to a new blob, or only counts it when content is not kept. */
  Blob store(InputStream content, String mimeType, String fileName) throws IOException {
    return store(content, mimeType, fileName, keep);
  }

  private Blob store(InputStream content, String mimeType, String fileName, boolean keep) throws IOException {
    String id = UUID.randomUUID().toString();
    if (!keep) {
      Blob blob = new Blob(id, null, content.transferTo(OutputStream.nullOutputStream()), null, mimeType, fileName);
      blobs.put(id, blob);
      return blob;
    }
    Path file = directory.resolve(id);
    MessageDigest digest = sha256();
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int n; (n = content.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
        size += n;
      }
    }
    Blob blob = new Blob(id, file, size, HexFormat.of().formatHex(digest.digest()), mimeType, fileName);
    blobs.put(id, blob);
    return blob;
  }

  /** Adds a blob with the given bytes (for seeding; seeded content is always kept). */
  public Blob put(byte[] content, String mimeType, String fileName) {
    try {
      return store(new java.io.ByteArrayInputStream(content), mimeType, fileName, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Blob> get(String id) {
    return Optional.ofNullable(blobs.get(id));
  }

  @Override
  public void close() {
    for (Blob blob : blobs.values()) {
      try {
        if (blob.file() != null) {
          Files.deleteIfExists(blob.file());
        }
      } catch (IOException ignored) {
        // best effort: a temp file left behind is harmless
      }
    }
    blobs.clear();
    try {
      Files.deleteIfExists(directory);
    } catch (IOException ignored) {
      // best effort
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
