package io.github.iconikopentext.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void secondRecordOfAnIdIsRefused() {
    ReplayGuard guard = ReplayGuard.inMemory(10, Duration.ofMinutes(10));

    assertThat(guard.tryRecord("a")).isTrue();
    assertThat(guard.tryRecord("a")).isFalse();
    assertThat(guard.tryRecord("b")).isTrue();
  }

  @Test
  void idsExpireAfterTheTtl() {
    MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    ReplayGuard guard = ReplayGuard.inMemory(10, Duration.ofMinutes(10), clock);
    guard.tryRecord("a");

    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    assertThat(guard.tryRecord("a")).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(guard.tryRecord("a")).isTrue();
  }

  @Test
  void sizeIsBoundedByDroppingTheOldest() {
    ReplayGuard guard = ReplayGuard.inMemory(3, Duration.ofHours(1));
    for (String id : List.of("a", "b", "c", "d")) {
      assertThat(guard.tryRecord(id)).isTrue();
    }

    assertThat(guard.tryRecord("d")).isFalse();
    assertThat(guard.tryRecord("b")).isFalse();
    assertThat(guard.tryRecord("a")).as("dropped to stay within 3 ids").isTrue();
  }

  @Test
  void expiredIdsAreDroppedSoTheyDoNotCountAgainstTheBound() {
    MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    ReplayGuard guard = ReplayGuard.inMemory(2, Duration.ofSeconds(10), clock);
    guard.tryRecord("old1");
    guard.tryRecord("old2");
    clock.advance(Duration.ofSeconds(11));

    guard.tryRecord("new1");
    guard.tryRecord("new2");

    assertThat(guard.tryRecord("new1")).isFalse();
    assertThat(guard.tryRecord("new2")).isFalse();
  }

  @Test
  void forgetAllowsTheIdAgain() {
    ReplayGuard guard = ReplayGuard.inMemory(10, Duration.ofMinutes(10));
    guard.tryRecord("a");

    guard.forget("a");

    assertThat(guard.tryRecord("a")).isTrue();
  }

  @Test
  void noneRemembersNothing() {
    ReplayGuard guard = ReplayGuard.none();

    assertThat(guard.tryRecord("a")).isTrue();
    assertThat(guard.tryRecord("a")).isTrue();
  }

  @Test
  void concurrentRecordsOfOneIdLetExactlyOneThrough() throws Exception {
    ReplayGuard guard = ReplayGuard.inMemory(1000, Duration.ofMinutes(10));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 50; round++) {
        String id = "id-" + round;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger accepted = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          futures.add(pool.submit((Callable<Void>) () -> {
            start.await();
            if (guard.tryRecord(id)) {
              accepted.incrementAndGet();
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> f : futures) {
          f.get();
        }
        assertThat(accepted).hasValue(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void invalidBoundsAreRefused() {
    assertThatThrownBy(() -> ReplayGuard.inMemory(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntries");
    assertThatThrownBy(() -> ReplayGuard.inMemory(10, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
  }

  @Test
  void defaultGuardOfAVerifierKeepsIdsForTwiceTheTolerance() {
    MutableClock clock = new MutableClock(Instant.ofEpochSecond(StandardWebhooksVerifierTest.TIMESTAMP));
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.standardWebhooks())
        .secret(StandardWebhooksVerifierTest.SECRET).clock(clock).tolerance(Duration.ofSeconds(30)).build();
    ReplayGuard guard = verifier.replayGuard();
    guard.tryRecord("x");

    clock.advance(Duration.ofSeconds(59));
    assertThat(guard.tryRecord("x")).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(guard.tryRecord("x")).isTrue();
  }
}
