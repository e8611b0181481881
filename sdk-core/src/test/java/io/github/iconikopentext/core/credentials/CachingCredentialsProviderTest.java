package io.github.iconikopentext.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.CredentialException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CachingCredentialsProviderTest {
  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger fetches = new AtomicInteger();

  private CredentialsProvider tokenSource(Duration lifetime) {
    return () -> {
      int n = fetches.incrementAndGet();
      sleepQuietly(20); // a token endpoint takes time; let the other threads pile up
      return new Credential("client", Secret.of("token-" + n), clock.instant().plus(lifetime), null);
    };
  }

  @Test
  void sixtyFourConcurrentCallersOfAnExpiredCredential_causeExactlyOneRefresh() throws Exception {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(tokenSource(Duration.ofMinutes(15)))
        .clock(clock).prefetch(Duration.ofMinutes(1)).jitter(Duration.ZERO).build();
    provider.resolveCredential();
    clock.advance(Duration.ofMinutes(16)); // expired
    assertThat(fetches).hasValue(1);

    List<String> seen = callConcurrently(provider, 64);

    assertThat(fetches).as("one refresh for 64 callers").hasValue(2);
    assertThat(seen).hasSize(64).containsOnly("token-2");
  }

  @Test
  void sixtyFourConcurrentCallersInThePrefetchWindow_causeOneRefreshAndNobodyWaitsOnAnExpiredValue()
      throws Exception {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(tokenSource(Duration.ofMinutes(15)))
        .clock(clock).prefetch(Duration.ofMinutes(2)).jitter(Duration.ZERO).build();
    provider.resolveCredential();
    clock.advance(Duration.ofMinutes(14)); // inside the 2-minute prefetch window, still valid

    List<String> seen = callConcurrently(provider, 64);

    assertThat(fetches).hasValue(2);
    assertThat(seen).containsOnly("token-1", "token-2");
    assertThat(provider.resolveCredential().secret().reveal()).isEqualTo("token-2");
  }

  @Test
  void theRefreshListener_isToldEachFetchAndEachFailure_butNotCacheHits_andMayThrowHarmlessly() {
    List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider flaky = () -> {
      if (calls.incrementAndGet() == 2) {
        throw new CredentialException("token endpoint said invalid_client");
      }
      return new Credential("client", Secret.of("token-" + calls.get()), clock.instant().plus(Duration.ofMinutes(15)),
          null);
    };
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(flaky).clock(clock)
        .prefetch(Duration.ofMinutes(1)).jitter(Duration.ZERO)
        .refreshFailurePolicy(CachingCredentialsProvider.RefreshFailurePolicy.FAIL)
        .listener(new RefreshListener() {
          @Override
          public void refreshed(Duration took) {
            told.add("refreshed");
            throw new IllegalStateException("a broken meter"); // logged, never fails the caller
          }

          @Override
          public void refreshFailed(Duration took, RuntimeException failure) {
            told.add("failed " + failure.getMessage());
          }
        }).build();

    provider.resolveCredential();
    provider.resolveCredential(); // cached
    clock.advance(Duration.ofMinutes(16));
    assertThatThrownBy(provider::resolveCredential).isInstanceOf(CredentialException.class);
    assertThat(provider.resolveCredential().secret().reveal()).isEqualTo("token-3");

    assertThat(told).containsExactly("refreshed", "failed token endpoint said invalid_client", "refreshed");
  }

  @Test
  void validCredential_isServedFromCache() {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(tokenSource(Duration.ofMinutes(15)))
        .clock(clock).build();
    provider.resolveCredential();
    clock.advance(Duration.ofMinutes(5));
    provider.resolveCredential();
    assertThat(fetches).hasValue(1);
  }

  @Test
  void refreshFailureWhileStillValid_keepsCachedValueByDefault_orFailsWhenConfigured() {
    AtomicInteger calls = new AtomicInteger();
    CredentialsProvider flaky = () -> {
      if (calls.incrementAndGet() > 1) {
        throw new CredentialException("token endpoint down");
      }
      return new Credential("client", Secret.of("first"), clock.instant().plus(Duration.ofMinutes(10)), null);
    };
    CachingCredentialsProvider lenient = CachingCredentialsProvider.builder(flaky).clock(clock)
        .prefetch(Duration.ofMinutes(5)).jitter(Duration.ZERO).build();
    lenient.resolveCredential();
    clock.advance(Duration.ofMinutes(6));
    assertThat(lenient.resolveCredential().secret().reveal()).isEqualTo("first");

    clock.advance(Duration.ofMinutes(5)); // now expired: the failure surfaces
    assertThatThrownBy(lenient::resolveCredential).hasMessageContaining("token endpoint down");

    calls.set(0);
    CachingCredentialsProvider strict = CachingCredentialsProvider.builder(flaky).clock(clock)
        .prefetch(Duration.ofMinutes(5)).jitter(Duration.ZERO)
        .refreshFailurePolicy(CachingCredentialsProvider.RefreshFailurePolicy.FAIL).build();
    strict.resolveCredential();
    clock.advance(Duration.ofMinutes(6));
    assertThatThrownBy(strict::resolveCredential).hasMessageContaining("token endpoint down");
  }

  @Test
  void refreshAfterRejection_refreshesOnceEvenWhenManyThreadsReportTheSameRejection() throws Exception {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(tokenSource(Duration.ofMinutes(15)))
        .clock(clock).build();
    Credential rejected = provider.resolveCredential();

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Credential>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> provider.refreshAfterRejection(rejected)));
      }
      for (Future<Credential> f : results) {
        assertThat(f.get().secret().reveal()).isEqualTo("token-2");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(fetches).hasValue(2);
  }

  @Test
  void jitter_makesRefreshStartEarlierButNeverLaterThanPrefetch() {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(tokenSource(Duration.ofMinutes(15)))
        .clock(clock).prefetch(Duration.ofMinutes(1)).jitter(Duration.ofSeconds(30)).build();
    provider.resolveCredential();
    clock.advance(Duration.ofMinutes(13).plusSeconds(29));
    provider.resolveCredential();
    assertThat(fetches).as("before expiry - prefetch - jitter nothing happens").hasValue(1);
    clock.advance(Duration.ofSeconds(32)); // 14:01, past expiry - prefetch
    provider.resolveCredential();
    assertThat(fetches).hasValue(2);
  }

  @Test
  void aCredentialLivingNoLongerThanThePrefetchWindow_isUsedForHalfItsLife() {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(tokenSource(Duration.ofSeconds(3)))
        .clock(clock).prefetch(Duration.ofMinutes(1)).jitter(Duration.ofSeconds(10)).build();
    provider.resolveCredential();
    for (int i = 0; i < 10; i++) {
      provider.resolveCredential();
    }
    clock.advance(Duration.ofMillis(1499));
    provider.resolveCredential();
    assertThat(fetches).as("within the first half of its life").hasValue(1);

    clock.advance(Duration.ofMillis(2));
    provider.resolveCredential();
    assertThat(fetches).as("past half its life").hasValue(2);
  }

  @Test
  void aCredentialAlreadyExpiredWhenFetched_isATypedError() {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(
        () -> new Credential("client", Secret.of("stale"), clock.instant().minusSeconds(1), null)).clock(clock).build();

    assertThatThrownBy(provider::resolveCredential).isInstanceOf(CredentialException.class)
        .hasMessageContaining("already expired").hasMessageNotContaining("stale");
  }

  @Test
  void anExpiryAtTheEndOfTime_isCachedWithoutArithmeticOverflow() {
    CachingCredentialsProvider provider = CachingCredentialsProvider.builder(() -> {
      fetches.incrementAndGet();
      return new Credential("client", Secret.of("forever"), Instant.MAX, null);
    }).clock(clock).prefetch(Duration.ofDays(365_000)).jitter(Duration.ofDays(1)).build();

    provider.resolveCredential();
    clock.advance(Duration.ofDays(3650));
    provider.resolveCredential();

    assertThat(fetches).hasValue(1);
  }

  private static List<String> callConcurrently(CredentialsProvider provider, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return provider.resolveCredential().secret().reveal();
        }));
      }
      start.countDown();
      List<String> out = new ArrayList<>();
      for (Future<String> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
