package io.github.iconikopentext.benchmarks.token;

import io.github.iconikopentext.core.credentials.CachingCredentialsProvider;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * 64 threads asking one {@link OpenTextTokenManager} token source for its token, against the OpenText simulator
 * on loopback, which counts the token requests it receives. The limit is a volatile read of a token held in a field.
 *
 * <p>Two token lifetimes: one hour (the whole run lies in one validity window: one request in total) and five
 * seconds with a three-second prefetch and no jitter (a refresh starts at half the lifetime, 2.5 s before expiry: a
 * new window every 2.5 seconds, each of which must cost exactly one request while the other 63 threads go on with the
 * still-valid token; the 2.5 seconds leave the refreshing thread time for its HTTP call on two cores crowded by 64
 * busy threads). The counters {@code tokenRequests} and
 * {@code validityWindows} are cumulative from the start of the trial, reported by thread 0 after each iteration:
 * the last iteration's values are the totals.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(64)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(1)
public class TokenContentionBenchmark {
  static final Duration PREFETCH = Duration.ofSeconds(3);

  /** A token source backed by the simulator. */
  @State(Scope.Benchmark)
  public static class Simulated {
    /** Lifetime ({@code expires_in}) of issued tokens, in seconds. */
    @Param({"3600", "5"})
    public int tokenLifetimeSeconds;

    OpenTextSimulator simulator;
    CachingCredentialsProvider tokens;
    long startNanos;

    @Setup(Level.Trial)
    public void setUp() {
      simulator = OpenTextSimulator.builder().tokenExpiresIn(Duration.ofSeconds(tokenLifetimeSeconds)).start();
      OpenTextTokenManager manager = OpenTextTokenManager.builder().prefetch(PREFETCH).jitter(Duration.ZERO).build();
      tokens = manager.tokens(simulator.environment("bench"),
          OpenTextAuth.clientCredentials(simulator.clientCredentials()));
      startNanos = System.nanoTime();
    }

    /**
     * The most token requests allowed so far: one for each validity window begun since the trial started. A token is
     * refreshed {@code min(prefetch, lifetime / 2)} before it expires.
     */
    long validityWindowsSoFar() {
      Duration lifetime = Duration.ofSeconds(tokenLifetimeSeconds);
      Duration ahead = PREFETCH.compareTo(lifetime.dividedBy(2)) < 0 ? PREFETCH : lifetime.dividedBy(2);
      long windowNanos = lifetime.minus(ahead).toNanos();
      return 1 + (System.nanoTime() - startNanos) / windowNanos;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      simulator.close();
    }
  }

  /** Token requests made and validity windows begun since the trial started; thread 0 reports them. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class TokenRequests {
    public long tokenRequests;
    public long validityWindows;

    @TearDown(Level.Iteration)
    public void record(Simulated simulated, ThreadParams thread) {
      if (thread.getThreadIndex() == 0) {
        validityWindows = simulated.validityWindowsSoFar();
        tokenRequests = simulated.simulator.tokenRequestCount();
      }
    }
  }

  /** A token that is simply held: reading it is the least any cache can cost. */
  @State(Scope.Benchmark)
  public static class Held {
    volatile Credential token;

    @Setup(Level.Trial)
    public void setUp() {
      token = Credential.of("client", Secret.of("token")).withExpiry(Instant.now().plus(Duration.ofHours(1)));
    }
  }

  @Benchmark
  public Credential sdkCachedToken(Simulated simulated, TokenRequests counters) {
    return simulated.tokens.resolveCredential();
  }

  @Benchmark
  public Credential limitVolatileRead(Held held) {
    return held.token;
  }
}
