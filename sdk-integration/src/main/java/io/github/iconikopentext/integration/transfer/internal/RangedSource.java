package io.github.iconikopentext.integration.transfer.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Chunks of a file downloaded over up to {@code connections} connections at once, one segment of the file per
 * request ({@code Range: bytes=a-b}), handed on in file order. The first segment is read from the response that
 * showed the source honours ranges. It starts with one connection and adds another whenever the consumer waits for
 * the next bytes while the pool has room — the network, not the stages after it, is then what holds the transfer
 * back (a fast source, such as one on the same host, is read over one connection; more would only cost CPU). Each
 * connection may hold at most {@value #AHEAD} chunks its segment has ready before the consumer reaches that segment,
 * so the connections never take every chunk of the pool while the segment the consumer waits for has none
 * ({@link #poolCapacity}). Not thread-safe, except {@link #cancel}. Not part of the API.
 */
final class RangedSource implements ChunkSource {
  static final int AHEAD = 2;
  private static final long STARVED_MILLIS = 25;
  /** Empty waits in a row before a connection is added: a thread that merely lost its core is not the network. */
  private static final int STARVED_WAITS = 3;
  private static final Chunk SEGMENT_END = new Chunk(null);

  private final Download download;
  private final String url;
  private final Download.Body first;
  private final ChunkPool pool;
  private final TransferActivity activity;
  private final Failure failure;
  private final long segmentBytes;
  private final long end;
  private final int segments;
  private final List<BlockingQueue<Chunk>> queues;
  private final List<Download.Body> open = new ArrayList<>();
  private final AtomicInteger nextSegment = new AtomicInteger();
  private final int connections;
  private final UnaryOperator<Runnable> propagate;
  private int workers;
  private int head;
  private volatile boolean cancelled;

  /** The pool a ranged download of {@code connections} needs: what they may hold, plus room for the stages. */
  static int poolCapacity(int connections, int stages) {
    return connections * (AHEAD + 1) + stages + 2;
  }

  /**
   * @param first the response for the first segment (from the file position where the download starts), with the
   *     file's total size
   * @param connections how many segments download at once
   * @param propagate wraps each connection's task, on the thread that starts it
   */
  RangedSource(Download download, String url, Download.Body first, ChunkPool pool, TransferActivity activity,
      Failure failure, long segmentBytes, int connections, UnaryOperator<Runnable> propagate) {
    this.propagate = propagate;
    this.download = download;
    this.url = url;
    this.first = first;
    this.pool = pool;
    this.activity = activity;
    this.failure = failure;
    this.segmentBytes = segmentBytes;
    this.end = first.total();
    this.segments = (int) ((end - first.start() + segmentBytes - 1) / segmentBytes);
    List<BlockingQueue<Chunk>> perSegment = new ArrayList<>();
    for (int i = 0; i < segments; i++) {
      perSegment.add(new ArrayBlockingQueue<>(AHEAD + 1));
    }
    this.queues = List.copyOf(perSegment); // read by every connection's thread
    this.connections = Math.min(connections, segments);
    addConnection();
  }

  private void addConnection() {
    workers++;
    TransferThreads.workers().execute(propagate.apply(this::work));
  }

  @Override
  public Chunk next() throws IOException {
    while (head < segments) {
      Chunk chunk = take(queues.get(head));
      if (chunk != SEGMENT_END) {
        return chunk;
      }
      head++;
    }
    return null;
  }

  private Chunk take(BlockingQueue<Chunk> queue) throws IOException {
    try {
      Chunk chunk = queue.poll();
      for (int waits = 1; chunk == null; waits++) {
        failure.throwIfFailed();
        chunk = queue.poll(STARVED_MILLIS, TimeUnit.MILLISECONDS);
        if (chunk == null && waits % STARVED_WAITS == 0 && workers < connections && nextSegment.get() < segments
            && pool.hasRoom()) {
          addConnection(); // waiting for the network with memory to spare: one more connection
        }
      }
      return chunk;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the download");
    }
  }

  /** One connection: downloads segment after segment until none is left or the pipeline fails. */
  private void work() {
    try {
      for (int segment; (segment = nextSegment.getAndIncrement()) < segments && !cancelled; ) {
        long from = first.start() + segment * segmentBytes;
        long to = Math.min(end, from + segmentBytes);
        Download.Body body = segment == 0 ? first : track(download.range(url, from, to - 1));
        try {
          fetch(body, from, to, queues.get(segment));
        } finally {
          untrack(body);
          body.close();
        }
      }
    } catch (IOException | RuntimeException e) {
      failure.fail(e); // after a cancel, the failure that caused it is already recorded and stays first
    }
  }

  private void fetch(Download.Body body, long from, long to, BlockingQueue<Chunk> queue) throws IOException {
    for (long position = from; position < to; ) {
      Chunk chunk = pool.acquire();
      int filled = StreamSource.fill(body.source(), chunk.data, (int) Math.min(chunk.data.length, to - position),
          body, position, activity);
      if (filled == 0) {
        pool.release(chunk);
        throw new java.io.EOFException("the range " + from + "-" + (to - 1) + " ended at byte " + position);
      }
      chunk.offset = position;
      chunk.length = filled;
      position += filled;
      put(queue, chunk);
    }
    put(queue, SEGMENT_END);
  }

  private void put(BlockingQueue<Chunk> queue, Chunk chunk) throws IOException {
    try {
      while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
        failure.throwIfFailed();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while handing on a download segment");
    }
  }

  private synchronized Download.Body track(Download.Body body) {
    if (cancelled) {
      body.cancel();
    }
    open.add(body);
    return body;
  }

  private synchronized void untrack(Download.Body body) {
    open.remove(body);
  }

  @Override
  public synchronized void cancel() {
    cancelled = true;
    first.cancel();
    open.forEach(Download.Body::cancel);
  }

  @Override
  public void close() {
    cancel();
  }
}
