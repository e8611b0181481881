package io.github.iconikopentext.testkit.internal.iconik;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The content of one simulated file: bytes held in memory (small seeded files) or a file on disk (files seeded from
 * a path, and uploads, which are streamed to disk so that a file of any size costs no heap). Immutable; a file the
 * simulator wrote itself is deleted by {@link #discard()}. Not part of the API.
 *
 * @param bytes the content in memory, or null
 * @param file the content on disk, or null
 * @param size its size in bytes
 * @param owned whether the simulator created {@code file} (and deletes it)
 */
record SimContent(byte[] bytes, Path file, long size, boolean owned) {

  static SimContent of(byte[] bytes) {
    return new SimContent(bytes, null, bytes.length, false);
  }

  /** Content read from {@code file} when served; the caller's file is never changed or deleted. */
  static SimContent ofFile(Path file) {
    try {
      return new SimContent(null, file, Files.size(file), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  static SimContent ofOwnedFile(Path file, long size) {
    return new SimContent(null, file, size, true);
  }

  /** The content from byte {@code from} on. */
  InputStream open(long from) throws IOException {
    if (bytes != null) {
      return new ByteArrayInputStream(bytes, (int) from, (int) (size - from));
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(from);
    return Channels.newInputStream(channel);
  }

  /** A copy of the whole content. */
  byte[] readAll() {
    if (bytes != null) {
      return bytes.clone();
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Deletes the file the simulator wrote; nothing for other content. */
  void discard() {
    if (owned) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // best effort: a temporary file left behind is harmless
      }
    }
  }
}
