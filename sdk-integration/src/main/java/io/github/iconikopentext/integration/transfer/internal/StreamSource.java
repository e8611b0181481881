package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.error.NetworkException;
import java.io.IOException;
import okio.BufferedSource;

/**
 * Chunks read in order from one download, filling each pooled chunk before handing it on. Not thread-safe, except
 * {@link #cancel}. Not part of the API.
 */
final class StreamSource implements ChunkSource {
  private final Download.Body body;
  private final BufferedSource in;
  private final ChunkPool pool;
  private final TransferActivity activity;
  private final long end;
  private long position;

  /**
   * @param end the file position where the content ends, or -1 when unknown; a body that does not end there fails
   */
  StreamSource(Download.Body body, ChunkPool pool, TransferActivity activity, long end) {
    this.body = body;
    this.in = body.source();
    this.pool = pool;
    this.activity = activity;
    this.end = end;
    this.position = body.start();
  }

  @Override
  public Chunk next() throws IOException {
    Chunk chunk = pool.acquire();
    int filled = fill(in, chunk.data, chunk.data.length, body, position, activity);
    if (filled == 0) {
      pool.release(chunk);
      if (end >= 0 && position < end) {
        throw activity.sizeMismatch("the source ended after byte " + position + " of the expected " + end);
      }
      return null;
    }
    chunk.offset = position;
    chunk.length = filled;
    position += filled;
    if (end >= 0 && position > end) {
      throw activity.sizeMismatch("the source sent more than the expected " + end + " bytes");
    }
    return chunk;
  }

  /** Reads until {@code data} holds {@code limit} bytes or the body ends; returns how many it holds. */
  static int fill(BufferedSource in, byte[] data, int limit, Download.Body body, long position,
      TransferActivity activity) throws NetworkException {
    int filled = 0;
    try {
      while (filled < limit) {
        int n = in.read(data, filled, limit - filled);
        if (n < 0) {
          break;
        }
        filled += n;
        activity.read(n);
      }
    } catch (IOException e) {
      throw new NetworkException("GET " + body.url() + " failed after " + (position + filled - body.start())
          + " bytes: " + e, e);
    }
    return filled;
  }

  @Override
  public void cancel() {
    body.cancel();
  }

  @Override
  public void close() {
    body.close();
  }
}
