package io.github.iconikopentext.core.audit.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes at LF, so that each line can be hashed exactly as it was written. A line
 * longer than the limit keeps only its first bytes and is marked oversized, so a hostile file cannot exhaust memory.
 * Not thread-safe. Not part of the API.
 */
final class LineReader implements Closeable {
  /**
   * One line without its LF; {@code terminated} is false only for a last line that lacks one; an {@code oversized}
   * line was cut to the limit.
   */
  record Line(long number, byte[] bytes, boolean terminated, boolean oversized) {}

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkPos;
  private int chunkLen;
  private byte[] line = new byte[1024];
  private long number;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    int size = 0;
    boolean oversized = false;
    while (true) {
      if (chunkPos == chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          return size == 0 && !oversized ? null : new Line(++number, Arrays.copyOf(line, size), false, oversized);
        }
      }
      int start = chunkPos;
      while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
        chunkPos++;
      }
      int n = chunkPos - start;
      if (size + n > maxLineBytes) {
        oversized = true;
        n = maxLineBytes - size;
      }
      if (size + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, size + n));
      }
      System.arraycopy(chunk, start, line, size, n);
      size += n;
      if (chunkPos < chunkLen) {
        chunkPos++; // the LF
        return new Line(++number, Arrays.copyOf(line, size), true, oversized);
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
