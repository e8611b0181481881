package io.github.iconikopentext.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LeasedTest {
  private final List<String> log = new ArrayList<>();
  private int started;

  private final Leased<String> resource = new Leased<>(() -> {
    String r = "r" + ++started;
    log.add("start " + r);
    return r;
  }, r -> log.add("stop " + r));

  @Test
  void stopsWithTheLastLease_releasingTwiceCountsOnce_andTheNextLeaseStartsAFreshOne() {
    Leased.Lease a = resource.acquire();
    Leased.Lease b = resource.acquire();
    assertThat(resource.get()).isEqualTo("r1");

    a.close();
    a.close(); // idempotent: must not release b's hold
    assertThat(resource.leases()).isEqualTo(1);
    assertThat(log).containsExactly("start r1");

    b.close();
    assertThat(log).containsExactly("start r1", "stop r1");
    assertThat(resource.leases()).isZero();

    try (Leased.Lease c = resource.acquire()) {
      assertThat(resource.get()).isEqualTo("r2");
    }
    assertThat(log).containsExactly("start r1", "stop r1", "start r2", "stop r2");
  }

  @Test
  void threadFactory_namesDaemonThreadsWithTheSdkPrefix_andJoinWaitsForThemToEnd() throws Exception {
    SdkThreadFactory threads = new SdkThreadFactory("test");
    ExecutorService pool = Executors.newFixedThreadPool(2, threads);
    List<String> names = new ArrayList<>();
    pool.submit(() -> {
      synchronized (names) {
        names.add(Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon());
      }
    }).get();
    assertThat(names).containsExactly("iconik-opentext-test-1 daemon=true");
    assertThat(threads.join(Duration.ofMillis(50))).as("idle pool threads are still alive").isFalse();

    pool.shutdown();
    assertThat(threads.join(Duration.ofSeconds(5))).isTrue();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("iconik-opentext-test-"));
  }
}
