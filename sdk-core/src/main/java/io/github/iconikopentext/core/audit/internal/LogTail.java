package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The end of an existing log, read backwards so that reopening a large log costs the same as a small one: its last
 * complete line, and how many bytes follow that line's LF (a torn line left by a crash). Not part of the API.
 *
 * @param lastLine the last complete line without its LF, or {@code null} if the file has none
 * @param completeLength the length of the file up to and including the last LF (0 if there is none)
 * @param tornBytes the bytes after the last LF
 */
record LogTail(byte[] lastLine, long completeLength, long tornBytes) {

  /**
   * Reads the tail of the file behind {@code channel}.
   *
   * @throws AuditException if the last line is longer than any record can be
   */
  static LogTail read(FileChannel channel, Path path) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return new LogTail(null, 0, 0);
    }
    long lineEnd = lastIndexOfNewline(channel, path, size - 1);
    if (lineEnd < 0) {
      return new LogTail(null, 0, size);
    }
    long start = lineEnd == 0 ? 0 : lastIndexOfNewline(channel, path, lineEnd - 1) + 1;
    ByteBuffer line = ByteBuffer.allocate((int) (lineEnd - start));
    readFully(channel, line, start);
    return new LogTail(line.array(), lineEnd + 1, size - (lineEnd + 1));
  }

  /** The offset of the last LF at or before {@code from}, or -1; looks back at most one maximal line. */
  private static long lastIndexOfNewline(FileChannel channel, Path path, long from) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    long end = from + 1;
    long limit = Math.max(0, end - ChainFormat.MAX_LINE_BYTES);
    while (end > limit) {
      long start = Math.max(limit, end - buffer.capacity());
      buffer.clear().limit((int) (end - start));
      readFully(channel, buffer, start);
      for (int i = buffer.limit() - 1; i >= 0; i--) {
        if (buffer.get(i) == '\n') {
          return start + i;
        }
      }
      end = start;
    }
    if (limit > 0) {
      throw new AuditException("cannot append to audit log " + path + ": its last line is longer than "
          + ChainFormat.MAX_LINE_BYTES + " bytes, which no audit record is");
    }
    return -1;
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
    long offset = at;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, offset);
      if (n < 0) {
        throw new IOException("unexpected end of file at byte " + offset);
      }
      offset += n;
    }
  }
}
