package io.github.iconikopentext.integration.transfer.internal;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;

/**
 * At most {@code capacity} chunks of {@code chunkBytes} each, allocated on demand and reused: the bound on a
 * pipeline's memory and its back-pressure, since the download cannot get more than {@code capacity} chunks ahead of
 * the slowest stage. Thread-safe. Not part of the API.
 */
final class ChunkPool {
  private final int chunkBytes;
  private final int capacity;
  private final ArrayDeque<Chunk> free = new ArrayDeque<>();
  private int allocated;
  private boolean closed;

  ChunkPool(int chunkBytes, int capacity) {
    this.chunkBytes = chunkBytes;
    this.capacity = capacity;
  }

  int chunkBytes() {
    return chunkBytes;
  }

  /**
   * A free chunk, waiting while all are in use.
   *
   * @throws InterruptedIOException if the pool was closed (the pipeline failed) or the thread interrupted
   */
  synchronized Chunk acquire() throws InterruptedIOException {
    while (free.isEmpty() && allocated == capacity && !closed) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for a transfer buffer");
      }
    }
    if (closed) {
      throw new InterruptedIOException("the transfer stopped");
    }
    if (!free.isEmpty()) {
      return free.pop();
    }
    allocated++;
    return new Chunk(new byte[chunkBytes]);
  }

  /** Whether a chunk could be handed out now without waiting. */
  synchronized boolean hasRoom() {
    return !free.isEmpty() || allocated < capacity;
  }

  synchronized void release(Chunk chunk) {
    chunk.md5After = null;
    chunk.sha256After = null;
    free.push(chunk);
    notify();
  }

  /** Wakes every waiting thread with an exception; the pool hands out nothing more. */
  synchronized void close() {
    closed = true;
    free.clear();
    notifyAll();
  }
}
