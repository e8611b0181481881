package io.github.iconikopentext.core.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A resource shared by whoever holds a lease on it — the SDK's shared threads: started by the first {@link #acquire}
 * (or {@link #get}), stopped when the last lease is released, and started afresh by the next one. So an application
 * that closes every client it opened is left with none of the SDK's threads (which matters to servlet containers,
 * where a thread that outlives a redeployment keeps the old class loader alive). Thread-safe. Not part of the API.
 *
 * @param <T> the resource
 */
public final class Leased<T> {
  /** A held lease; {@link #close()} releases it (once; later calls do nothing). */
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  private final Supplier<T> start;
  private final Consumer<T> stop;
  private int leases; // guarded by this
  private T current; // guarded by this

  /** A resource made by {@code start} when first needed, and handed to {@code stop} when its last lease ends. */
  public Leased(Supplier<T> start, Consumer<T> stop) {
    this.start = Objects.requireNonNull(start, "start == null");
    this.stop = Objects.requireNonNull(stop, "stop == null");
  }

  /**
   * The running resource, started if there is none. Whoever uses it should hold a lease: without one it runs until a
   * holder of a lease releases the last one.
   */
  public synchronized T get() {
    if (current == null) {
      current = start.get();
    }
    return current;
  }

  /** Takes a lease, starting the resource if it is not running. */
  public Lease acquire() {
    synchronized (this) {
      get();
      leases++;
    }
    AtomicBoolean released = new AtomicBoolean();
    return () -> {
      if (released.compareAndSet(false, true)) {
        release();
      }
    };
  }

  /** How many leases are held. */
  public synchronized int leases() {
    return leases;
  }

  private void release() {
    T ending;
    synchronized (this) {
      if (--leases > 0) {
        return;
      }
      ending = current;
      current = null;
    }
    if (ending != null) {
      stop.accept(ending); // outside the lock: a new lease may start the next resource meanwhile
    }
  }
}
