package io.github.iconikopentext.integration.transfer.internal;

import io.github.iconikopentext.core.error.NetworkException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.internal.Leased;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;

/**
 * One attempt of a transfer as a pipeline of stages that overlap: the download (one connection, or several for
 * ranges of a large file) fills pooled chunks of about 1 MiB; each chunk then goes to three stages at once — MD5
 * and SHA-256, each on its own thread and each computed once, and the target, which reads it as
 * {@link PipelineContent}. The pool bounds the memory and holds the download back when a stage falls behind. A
 * chunk that every stage finished is verified: the position after the last one is the {@link Checkpoint} a later
 * attempt resumes from. A {@link StallWatchdog} fails the pipeline when nothing moves; a {@link ProgressReporter}
 * reports the position off the data path. The first failure of any stage stops all of them.
 *
 * <p>Thread-safe as used: the caller's thread reads {@link #content()} (in the target) and then calls
 * {@link #finish()}; the stages run on transfer threads. Not part of the API.
 */
public final class TransferPipeline implements AutoCloseable {
  private static final int STAGES = 3;

  /**
   * How pipelines run.
   *
   * @param chunkBytes the size of a chunk
   * @param chunks the chunks of a single-connection pipeline (its memory bound)
   * @param connections the connections of a ranged download; 1 never splits a download
   * @param segmentBytes the bytes one ranged request asks for
   * @param rangedMinimum the least a download must have left to be split into ranges
   * @param stallTimeout how long nothing may move before the transfer fails
   * @param progressInterval how often the position is reported
   * @param propagate wraps each task handed to the transfer threads, on the handing thread (context propagation)
   */
  public record Options(int chunkBytes, int chunks, int connections, long segmentBytes, long rangedMinimum,
      Duration stallTimeout, Duration progressInterval, UnaryOperator<Runnable> propagate) {}

  private final TransferActivity activity;
  private final Failure failure = new Failure();
  private final long start;
  private final ChunkPool pool;
  private final ChunkSource source;
  private final BlockingQueue<Chunk> md5Queue = new LinkedBlockingQueue<>();
  private final BlockingQueue<Chunk> sha256Queue = new LinkedBlockingQueue<>();
  private final BlockingQueue<Chunk> targetQueue = new LinkedBlockingQueue<>();
  private final Digester md5;
  private final Digester sha256;
  private final PipelineContent content;
  private final StallWatchdog watchdog;
  private final ProgressReporter progress;
  private final Leased.Lease threads;
  private volatile Checkpoint verified;
  private volatile boolean finished;

  private TransferPipeline(Download download, String url, Download.Body body, boolean probed, String transferId,
      long expectedSize, Checkpoint from, Options options, LongConsumer listener, Leased.Lease threads) {
    this.threads = threads;
    this.activity = new TransferActivity(transferId);
    this.start = body.start();
    Checkpoint seed = start == from.offset() ? from : Checkpoint.start(); // the source ignored the range: byte 0
    this.verified = seed;
    long total = body.total() >= 0 ? body.total() : body.ranged() || body.length() < 0 ? -1 : body.length();
    if (expectedSize >= 0 && total >= 0 && total != expectedSize) {
      throw activity.sizeMismatch("the source holds " + total + " bytes but iconik gives the size " + expectedSize);
    }
    long end = expectedSize >= 0 ? expectedSize : total;
    boolean ranged = probed && body.ranged() && total > 0; // else the body holds the rest of the file
    this.pool = new ChunkPool(options.chunkBytes(),
        ranged ? RangedSource.poolCapacity(options.connections(), STAGES) : options.chunks());
    this.source = ranged
        ? new RangedSource(download, url, body, pool, activity, failure, options.segmentBytes(), options.connections(),
            options.propagate())
        : new StreamSource(body, pool, activity, end);
    this.content = new PipelineContent(targetQueue, this, start, end >= 0 ? end - start : -1);
    this.md5 = new Digester(seed.md5(), md5Queue, this);
    this.sha256 = new Digester(seed.sha256(), sha256Queue, this);
    failure.onFailure(source::cancel);
    failure.onFailure(pool::close);
    failure.onFailure(() -> List.of(md5Queue, sha256Queue, targetQueue).forEach(q -> q.add(Chunk.FAILED)));
    TransferThreads.workers().execute(options.propagate().apply(md5));
    TransferThreads.workers().execute(options.propagate().apply(sha256));
    TransferThreads.workers().execute(options.propagate().apply(this::dispatch));
    this.watchdog = new StallWatchdog(activity, this, options.stallTimeout());
    this.progress = new ProgressReporter(content::position, start, listener, this, options.progressInterval(),
        options.propagate());
  }

  /**
   * Opens the download of {@code url} from {@code from}'s offset and starts the stages.
   *
   * @param expectedSize the size iconik gives, or -1; a source that holds another size fails at once
   * @param from where to continue: the start of the file, or a checkpoint of an earlier attempt (ignored when the
   *     source does not honour the range)
   * @param listener receives the position now and then, off the data path; throws to stop the transfer
   * @throws SdkException when the download cannot be opened or has the wrong size
   */
  public static TransferPipeline start(Download download, String url, String transferId, long expectedSize,
      Checkpoint from, Options options, LongConsumer listener) {
    // A large file of known size is asked for one segment first: a 206 with the total shows the source honours
    // ranges, and the other segments follow over more connections. Anything else is one stream to its end.
    boolean probe = options.connections() > 1 && expectedSize > 0
        && expectedSize - from.offset() >= Math.max(options.rangedMinimum(), 2 * options.segmentBytes());
    Download.Body body = download.open(url, from.offset(), probe ? options.segmentBytes() : -1);
    Leased.Lease threads = TransferThreads.acquire();
    try {
      return new TransferPipeline(download, url, body, probe, transferId, expectedSize, from, options, listener,
          threads);
    } catch (RuntimeException e) {
      body.close();
      threads.close();
      throw e;
    }
  }

  /** The file position the content starts at: the checkpoint's offset, or 0 when the source ignored the range. */
  public long start() {
    return start;
  }

  /** The content, for the target to read to its end. */
  public PipelineContent content() {
    return content;
  }

  /**
   * After the target read the content: its size and digests, once both digests are complete.
   *
   * @throws SdkException the pipeline's failure, or an INTEGRATION {@code TargetIncomplete} when the target
   *     returned before reading the content to its end
   */
  public VerifiedContent finish() {
    if (failure.cause() == null && !content.ended()) {
      fail(new IntegrationException(FailureDomain.INTEGRATION, "TargetIncomplete", "transfer "
          + activity.transferId() + ": the target returned after reading " + (content.position() - start)
          + " bytes, before the end of the content"));
    }
    String md5Hex = join(md5.hex());
    String sha256Hex = join(sha256.hex());
    progress.close(Duration.ofSeconds(30));
    finished = true;
    return new VerifiedContent(content.position(), sha256Hex, md5Hex);
  }

  /**
   * The last position every stage reached, with the digests there: where another attempt can continue. After a
   * failure, the stages first finish the chunks already handed to them (each queue ends with the failure marker),
   * so this waits (up to 30 s) for the digests to stop.
   */
  public Checkpoint checkpoint() {
    try {
      CompletableFuture.allOf(md5.hex(), sha256.hex()).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // failed or still running: the checkpoint so far is still a verified one
    }
    return verified;
  }

  /**
   * Stops the pipeline because the target failed with {@code e} (unless a stage failed first), and returns the root
   * failure as a typed exception: a stage's failure (with {@code e} suppressed), or {@code e} itself when it is the
   * SDK's (I/O as a network failure, anything else as an INTEGRATION {@code TransferFailed}).
   */
  public SdkException stop(Exception e) {
    fail(e);
    SdkException typed = typed(failure.cause());
    if (typed != e && typed.getSuppressed().length == 0) {
      typed.addSuppressed(e);
    }
    return typed;
  }

  /** Stops every stage (if the pipeline did not finish), releases the connections and the transfer threads. */
  @Override
  public void close() {
    if (!finished) {
      fail(new IntegrationException(FailureDomain.INTEGRATION, "TransferAbandoned",
          "transfer " + activity.transferId() + " was abandoned before its end"));
    }
    watchdog.close();
    progress.close();
    content.close();
    source.close();
    threads.close(); // the last pipeline to close stops the transfer threads
  }

  // ---- for the stages

  void fail(Throwable cause) {
    failure.fail(cause);
  }

  Throwable failureCause() {
    return failure.cause();
  }

  IOException failureAsIOException() {
    Throwable cause = failure.cause();
    return cause instanceof IOException io ? io : new IOException("transfer " + activity.transferId()
        + " failed: " + cause, cause);
  }

  /** A stage is done with {@code chunk}; when all are, the chunk is verified and goes back to the pool. */
  void processed(Chunk chunk) {
    activity.touch();
    if (!chunk.release()) {
      return;
    }
    synchronized (this) {
      if (chunk.end() > verified.offset()) {
        verified = new Checkpoint(chunk.end(), chunk.md5After, chunk.sha256After);
      }
    }
    pool.release(chunk);
  }

  /** The target read the end of the content: nothing is left to stall. */
  void contentEnded() {
    watchdog.close();
  }

  String sha256Hex() {
    return join(sha256.hex());
  }

  private void dispatch() {
    try {
      for (Chunk chunk; (chunk = source.next()) != null; ) {
        chunk.share(STAGES);
        md5Queue.add(chunk);
        sha256Queue.add(chunk);
        targetQueue.add(chunk);
      }
      md5Queue.add(Chunk.END);
      sha256Queue.add(Chunk.END);
      targetQueue.add(Chunk.END);
      source.close();
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  private String join(CompletableFuture<String> hex) {
    try {
      return hex.join();
    } catch (CompletionException e) {
      throw typed(failure.cause() != null ? failure.cause() : e.getCause());
    }
  }

  /** A stage's failure as the SDK's exception: typed failures as they are, I/O as a network failure. */
  private SdkException typed(Throwable cause) {
    Throwable root = cause;
    while (root instanceof InterruptedIOException && root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof SdkException sdk) {
      return sdk;
    }
    if (root instanceof IOException) {
      return new NetworkException("transfer " + activity.transferId() + " failed: " + root, root);
    }
    return new IntegrationException(FailureDomain.INTEGRATION, "TransferFailed",
        "transfer " + activity.transferId() + " failed: " + root, root);
  }
}
