package io.github.iconikopentext.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Random;

/**
 * Files for transfer tests larger than the heap: {@link #writeRandom} writes one of any size in 1 MiB blocks and
 * returns its SHA-256, to seed with {@link IconikSimulator#seedFile(String, String, Path)} and compare with what a
 * target stored, read back through {@link #sha256(InputStream)}. Memory stays at one block whatever the size. Stateless
 * and thread-safe.
 */
public final class LargeFiles {
  private static final int BLOCK = 1 << 20;

  private LargeFiles() {}

  /**
   * Writes {@code size} bytes of pseudo-random content (the same for the same size on every run) to {@code file},
   * replacing it; returns their SHA-256, lower-case hex.
   */
  public static String writeRandom(Path file, long size) {
    Objects.requireNonNull(file, "file == null");
    if (size < 0) {
      throw new IllegalArgumentException("size < 0: " + size);
    }
    MessageDigest digest = sha256();
    byte[] block = new byte[BLOCK];
    Random random = new Random(19);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; ) {
        int n = (int) Math.min(block.length, size - written);
        random.nextBytes(block);
        digest.update(block, 0, n);
        out.write(block, 0, n);
        written += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of everything {@code in} still has, lower-case hex; does not close it. */
  public static String sha256(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BLOCK];
    try {
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stream to digest", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
