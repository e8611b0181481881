package io.github.iconikopentext.integration.transfer.internal;

import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One piece of a file on its way through a {@link TransferPipeline}: a pooled buffer, where in the file it starts,
 * how many stages still have to process it, and the digests' states after it (so that a transfer can resume right
 * after it). Written by one stage before it is handed on, then only read; its fields are published by the queues
 * that hand it on and by the reference count. Not part of the API.
 */
final class Chunk {
  /** Marks the end of the content in a stage's queue. */
  static final Chunk END = new Chunk(null);
  /** Wakes a stage after the pipeline failed. */
  static final Chunk FAILED = new Chunk(null);

  final byte[] data;
  int length;
  long offset;
  MessageDigest md5After;
  MessageDigest sha256After;
  private final AtomicInteger references = new AtomicInteger();

  Chunk(byte[] data) {
    this.data = data;
  }

  /** The file position after this chunk. */
  long end() {
    return offset + length;
  }

  /** Sets how many stages will process it, before it is handed to them. */
  void share(int stages) {
    references.set(stages);
  }

  /** Called by each stage when done with it; true for the last one. */
  boolean release() {
    return references.decrementAndGet() == 0;
  }
}
