package io.github.iconikopentext.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/** Runs work on several threads at once, as several nodes or workers would. */
final class Threads {
  private Threads() {}

  /**
   * Runs {@code body} with 0 … {@code threads - 1} on as many threads, released together, and waits for all of them.
   *
   * @throws java.util.concurrent.ExecutionException with the first failure
   */
  static void startTogether(int threads, IntConsumer body) throws Exception {
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<CompletableFuture<Void>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        runs.add(CompletableFuture.runAsync(() -> {
          try {
            start.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException("the threads did not start together", e);
          }
          body.accept(thread);
        }, pool));
      }
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
  }
}
