package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.integration.transfer.TransferRecord;
import io.github.iconikopentext.integration.transfer.TransferStore.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Measures claims per second against a PostgreSQL server, for {@code docs/scaling-out.md}. Not a test: run it by hand.
 *
 * <pre>
 * mvn -q -pl sdk-jdbc test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp sdk-jdbc/target/test-classes:sdk-jdbc/target/classes:$(cat sdk-jdbc/target/cp.txt) \
 *     io.github.iconikopentext.jdbc.ClaimThroughput 'jdbc:postgresql://127.0.0.1:5432/db?user=u' 16 10
 * </pre>
 *
 * Arguments: JDBC URL, threads (each with its own pooled connection), seconds per measurement.
 */
public final class ClaimThroughput {
  private ClaimThroughput() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int threads = Integer.parseInt(args[1]);
    Duration duration = Duration.ofSeconds(Long.parseLong(args[2]));
    PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
    pg.setURL(url);
    JdbcConnectionPool pool = JdbcConnectionPool.create(pg);
    pool.setMaxConnections(threads);
    JdbcSchema schema = JdbcSchema.of(pool, "bench" + ProcessHandle.current().pid() + "_");
    schema.migrate();
    try {
      JdbcReplayGuard guard = JdbcReplayGuard.builder(schema).build();
      report("replay guard: new message id (1 commit)", threads, duration, (thread, n) -> {
        if (!guard.tryRecord("msg-" + thread + "-" + n)) {
          throw new IllegalStateException("a new id was refused");
        }
      });
      for (int t = 0; t < threads; t++) {
        guard.tryRecord("replayed-" + t);
      }
      report("replay guard: replayed message id (no write)", threads, duration, (thread, n) -> {
        if (guard.tryRecord("replayed-" + thread)) {
          throw new IllegalStateException("a replay was accepted");
        }
      });
      JdbcTransferStore transfers = new JdbcTransferStore(schema);
      report("transfer: claim + complete (2 commits)", threads, duration, (thread, n) -> {
        String id = "tr-" + thread + "-" + n;
        Claim claim = transfers.claim(id, "w" + thread, Duration.ofMinutes(5));
        if (!(claim instanceof Claim.Granted)) {
          throw new IllegalStateException("not granted: " + claim);
        }
        transfers.complete(new TransferRecord(id, "a", "f", "t", "loc", 1, "00".repeat(32), Instant.now()), "w");
      });
      Credential key = Credential.of("bench", Secret.of("benchmark-key-0123456789abcdef-0123456789"));
      JdbcAuditSink audit = JdbcAuditSink.builder(schema, () -> key).build();
      report("audit: append one event (threads share a sink)", threads, duration, (thread, n) ->
          audit.write(AuditEvent.builder(AuditAction.ASSET_TRANSFERRED).environment("bench")
              .target(AuditTarget.asset("asset-" + n)).transfer(n, null).build()));
    } finally {
      TestDatabases.drop(schema);
      pool.dispose();
    }
  }

  /** One unit of work; {@code n} counts the calls of one thread. */
  interface Work {
    void run(int thread, long n) throws Exception;
  }

  static void report(String what, int threads, Duration duration, Work work) throws Exception {
    run(threads, Duration.ofSeconds(2), work); // warm-up: JIT, connections, table pages
    long started = System.nanoTime();
    long count = run(threads, duration, work);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%-52s %3d threads: %,10.0f per second (%,d in %.1f s)%n",
        what, threads, count / seconds, count, seconds);
  }

  private static long run(int threads, Duration duration, Work work) throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong total = new AtomicLong();
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<CompletableFuture<Void>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        long offset = System.nanoTime(); // fresh ids for every run
        runs.add(CompletableFuture.runAsync(() -> {
          long n = 0;
          while (System.nanoTime() < deadline) {
            try {
              work.run(thread, offset + n++);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
          total.addAndGet(n);
        }, executor));
      }
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
    } finally {
      executor.shutdownNow();
    }
    return total.get();
  }
}
