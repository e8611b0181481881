package io.github.iconikopentext.integration.transfer.internal;

import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first failure of a pipeline, from whichever stage or thread it comes, and what to do about it: cancel the
 * downloads, close the pool, wake the stages. Later failures (usually consequences of the first) are ignored.
 * Thread-safe. Not part of the API.
 */
final class Failure {
  private static final Logger log = LoggerFactory.getLogger(Failure.class);

  private final AtomicReference<Throwable> cause = new AtomicReference<>();
  private final List<Runnable> reactions = new CopyOnWriteArrayList<>();

  /** Runs {@code reaction} when the pipeline fails (at once if it already has). */
  void onFailure(Runnable reaction) {
    reactions.add(reaction);
    if (cause.get() != null) {
      reaction.run();
    }
  }

  /** Records {@code failure} if it is the first, and reacts; returns whether it was the first. */
  boolean fail(Throwable failure) {
    if (!cause.compareAndSet(null, failure)) {
      return false;
    }
    for (Runnable reaction : reactions) {
      try {
        reaction.run();
      } catch (RuntimeException e) {
        log.debug("reaction to a transfer failure failed", e);
      }
    }
    return true;
  }

  /** The first failure, or null. */
  Throwable cause() {
    return cause.get();
  }

  /** Throws if the pipeline failed: a stage stops at its next step. */
  void throwIfFailed() throws InterruptedIOException {
    Throwable t = cause.get();
    if (t != null) {
      InterruptedIOException stopped = new InterruptedIOException("the transfer stopped: " + t);
      stopped.initCause(t);
      throw stopped;
    }
  }
}
