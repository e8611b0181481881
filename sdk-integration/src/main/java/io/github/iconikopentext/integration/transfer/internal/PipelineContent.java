package io.github.iconikopentext.integration.transfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * The content a pipeline hands to its target, as the {@link InputStream} of
 * {@link io.github.iconikopentext.integration.transfer.TransferTarget#write}. {@link #transferTo} writes whole
 * chunks (about 1 MiB) to its output, without copying them first; {@link #read(byte[], int, int)} copies as any
 * stream does. Targets of this module also use what it knows: the {@linkplain #length() length} still to come and
 * the {@linkplain #sha256() SHA-256} the pipeline computes anyway. One reader at a time. Not part of the API.
 */
public final class PipelineContent extends InputStream {
  private final BlockingQueue<Chunk> queue;
  private final TransferPipeline pipeline;
  private final long start;
  private final long length;
  private Chunk current;
  private int position;
  private boolean ended;
  private volatile long consumed;

  PipelineContent(BlockingQueue<Chunk> queue, TransferPipeline pipeline, long start, long length) {
    this.queue = queue;
    this.pipeline = pipeline;
    this.start = start;
    this.length = length;
  }

  /** The number of bytes this stream yields (from its start to the end of the file), or -1 when unknown. */
  public long length() {
    return length;
  }

  /**
   * The SHA-256 of the whole file as the pipeline computes it, waiting for it when called before the pipeline
   * digested the last byte; null when this stream starts after byte 0 (its bytes are then not the whole file).
   */
  public Supplier<String> sha256() {
    return start == 0 ? pipeline::sha256Hex : null;
  }

  /** The file position reached: where the stream started plus what was read. */
  long position() {
    return start + consumed;
  }

  boolean ended() {
    return ended;
  }

  @Override
  public int read() throws IOException {
    if (!advance()) {
      return -1;
    }
    int b = current.data[position++] & 0xff;
    consumed++;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!advance()) {
      return -1;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current.data, position, b, off, n);
    position += n;
    consumed += n;
    return n;
  }

  @Override
  public long transferTo(OutputStream out) throws IOException {
    long total = 0;
    while (advance()) {
      int n = current.length - position;
      out.write(current.data, position, n);
      position += n;
      consumed += n;
      total += n;
    }
    return total;
  }

  @Override
  public int available() {
    return current == null ? 0 : current.length - position;
  }

  @Override
  public long skip(long n) {
    throw new UnsupportedOperationException("skipping would leave bytes out of the transfer");
  }

  /** Makes {@code current} a chunk with bytes left to read; false at the end of the content. */
  private boolean advance() throws IOException {
    while (current == null || position == current.length) {
      if (current != null) {
        pipeline.processed(current);
        current = null;
      }
      if (ended) {
        return false;
      }
      Chunk next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pipeline.fail(e);
        throw new InterruptedIOException("interrupted while waiting for the download");
      }
      if (next == Chunk.END) {
        ended = true;
        pipeline.contentEnded();
        return false;
      }
      if (next == Chunk.FAILED) {
        throw pipeline.failureAsIOException();
      }
      current = next;
      position = 0;
    }
    return true;
  }

  /** Lets go of the chunk being read; the pipeline's failure, if any, is reported by the pipeline. */
  @Override
  public void close() {
    if (current != null) {
      pipeline.processed(current);
      current = null;
    }
  }
}
