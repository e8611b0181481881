package io.github.iconikopentext.integration.observe;

import java.util.List;
import java.util.function.Supplier;

/**
 * Observes a running integration: each {@link Step} (a webhook's receipt, its routing, a transfer) is run through
 * {@link #observe}, and each task a step hands to the SDK's own threads (a transfer's download connections, digests
 * and progress reports) through {@link #propagate}. The hook for traces and metrics: sdk-opentelemetry opens a span per
 * step and carries the trace onto the transfer threads; sdk-micrometer times the steps. Register it with
 * {@code IntegrationRuntime.Builder#addObserver} or {@code AssetTransfer.Builder#addObserver}. Both methods have
 * pass-through defaults: implement only what you need.
 *
 * <p>Steps run on the caller's thread (the one that received the webhook, or called {@code transfer}); steps nest:
 * a transfer runs inside the routing step that started it, which runs inside the webhook's receipt. Implementations
 * must be thread-safe, since steps of different requests run concurrently.
 */
public interface IntegrationObserver {

  /** Observes nothing. */
  IntegrationObserver NONE = new IntegrationObserver() {};

  /**
   * Runs {@code work}, the body of {@code step}, on the calling thread, and returns its result or throws what it
   * throws. An implementation must call {@code work.get()} exactly once, on the calling thread, and must not swallow
   * its exception; it may wrap the call (in a span made current, a timer).
   */
  default <T> T observe(Step step, Supplier<T> work) {
    return work.get();
  }

  /**
   * Wraps {@code task} before the SDK hands it from a step's thread to one of its own, so that the task runs in the
   * step's context (e.g. {@code io.opentelemetry.context.Context.current().wrap(task)}). Called on the handing thread;
   * the returned task must run {@code task} once when it runs.
   */
  default Runnable propagate(Runnable task) {
    return task;
  }

  /**
   * One observer for several: steps are run through each, the first given outermost; tasks are wrapped by each, the
   * first given outermost. {@link #NONE} for none, the observer itself for one.
   */
  static IntegrationObserver of(List<? extends IntegrationObserver> observers) {
    List<IntegrationObserver> all = List.copyOf(observers);
    if (all.isEmpty()) {
      return NONE;
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    return new IntegrationObserver() {
      @Override
      public <T> T observe(Step step, Supplier<T> work) {
        return nest(0, step, work);
      }

      private <T> T nest(int index, Step step, Supplier<T> work) {
        return index == all.size() ? work.get() : all.get(index).observe(step, () -> nest(index + 1, step, work));
      }

      @Override
      public Runnable propagate(Runnable task) {
        Runnable wrapped = task;
        for (int i = all.size() - 1; i >= 0; i--) {
          wrapped = all.get(i).propagate(wrapped);
        }
        return wrapped;
      }
    };
  }
}
