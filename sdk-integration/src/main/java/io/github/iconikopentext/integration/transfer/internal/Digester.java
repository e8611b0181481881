package io.github.iconikopentext.integration.transfer.internal;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/**
 * One digest of a pipeline, on its own thread: takes the chunks in order, digests each once, keeps the state after
 * it in the chunk (for {@link Checkpoint}s), and completes with the hex digest at the end of the content. Not part
 * of the API.
 */
final class Digester implements Runnable {
  private final MessageDigest digest;
  private final boolean md5;
  private final BlockingQueue<Chunk> queue;
  private final TransferPipeline pipeline;
  private final CompletableFuture<String> hex = new CompletableFuture<>();

  Digester(MessageDigest digest, BlockingQueue<Chunk> queue, TransferPipeline pipeline) {
    this.digest = digest;
    this.md5 = digest.getAlgorithm().equals("MD5");
    this.queue = queue;
    this.pipeline = pipeline;
  }

  /** The lower-case hex digest of the whole content; fails if the pipeline does. */
  CompletableFuture<String> hex() {
    return hex;
  }

  @Override
  public void run() {
    try {
      for (Chunk chunk; (chunk = queue.take()) != Chunk.END; ) {
        if (chunk == Chunk.FAILED) {
          hex.completeExceptionally(pipeline.failureCause());
          return;
        }
        digest.update(chunk.data, 0, chunk.length);
        MessageDigest after = Checkpoint.copy(digest);
        if (md5) {
          chunk.md5After = after;
        } else {
          chunk.sha256After = after;
        }
        pipeline.processed(chunk);
      }
      hex.complete(HexFormat.of().formatHex(digest.digest()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pipeline.fail(e);
      hex.completeExceptionally(e);
    } catch (RuntimeException e) {
      pipeline.fail(e);
      hex.completeExceptionally(e);
    }
  }
}
