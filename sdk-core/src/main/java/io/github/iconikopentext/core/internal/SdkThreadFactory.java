package io.github.iconikopentext.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the SDK's threads: daemon threads named {@value #PREFIX}{@code <name>-<n>}, remembered so that whoever stops
 * them can wait until they have ended ({@link #join}). Every thread the SDK starts carries the prefix, so that an
 * application (or a test) can tell them apart. Thread-safe. Not part of the API.
 */
public final class SdkThreadFactory implements ThreadFactory {
  /** The name prefix of every thread the SDK starts. */
  public static final String PREFIX = "iconik-opentext-";

  private final String name;
  private final AtomicInteger count = new AtomicInteger();
  private final List<Thread> threads = new ArrayList<>(); // guarded by this; ended threads are pruned

  /** A factory of threads named {@value #PREFIX}{@code name-1}, {@code -2}, …. */
  public SdkThreadFactory(String name) {
    this.name = PREFIX + name + "-";
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, name + count.incrementAndGet());
    thread.setDaemon(true);
    synchronized (this) {
      threads.removeIf(t -> t.getState() == Thread.State.TERMINATED);
      threads.add(thread);
    }
    return thread;
  }

  /**
   * Waits up to {@code patience} for every thread made here (except the calling thread) to end; call it after
   * shutting their executor down.
   *
   * @return whether all of them ended
   */
  public boolean join(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    List<Thread> snapshot;
    synchronized (this) {
      snapshot = List.copyOf(threads);
    }
    boolean interrupted = false;
    boolean ended = true;
    for (Thread thread : snapshot) {
      if (thread == Thread.currentThread()) {
        continue;
      }
      try {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          TimeUnit.NANOSECONDS.timedJoin(thread, left);
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
      ended &= !thread.isAlive();
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return ended;
  }
}
