package io.github.iconikopentext.benchmarks.paging;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.ListOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Iterator;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Listing every asset from a loopback server that serves pre-built pages of 1000 ({@link AssetPageServer}): the
 * SDK's typed, lazily paged {@code IconikClient.assets().list(…)} against a hand-written OkHttp + Moshi loop
 * ({@link RawAssetLister}) that decodes the same JSON into the same records. One operation lists all the assets.
 *
 * <p>Two forks each: the SDK's listing time varies more from fork to fork than within one, and a single fork would
 * hide that.
 *
 * <p>{@code sdkHeapAfterIterating} measures what an iteration in progress keeps alive: the live heap after a full
 * GC, taken in the middle of the last page while the iterator is still referenced, minus the live heap before the
 * listing. It should not depend on how many assets were listed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(2)
public class PagedListingBenchmark {
  private static final String APP_ID = "a9999999-9999-4999-8999-999999999999";
  private static final String TOKEN = "benchmark-token";

  /** A page server listing {@code assets} assets, and both clients. */
  static final class Fixture implements AutoCloseable {
    final int assets;
    final AssetPageServer server;
    final IconikClient sdk;
    final RawAssetLister raw;

    Fixture(int assets) throws IOException {
      this.assets = assets;
      server = new AssetPageServer(assets);
      // Without a rate limit of its own the client keeps to iconik's 50 requests/s; this server has none.
      sdk = IconikClient.builder(Environment.builder("bench").endpoint(IconikEnvironment.ENDPOINT, server.baseUrl()).build(),
              StaticCredentialsProvider.of(APP_ID, TOKEN))
          .httpOptions(HttpOptions.builder().rateLimit(RateLimit.perSecond(1_000_000)).build())
          .build();
      raw = new RawAssetLister(server.baseUrl(), APP_ID, TOKEN);
    }

    Iterator<Asset> sdkIterator() {
      return sdk.assets().list(ListOptions.perPage(AssetPageServer.PER_PAGE)).iterator();
    }

    @Override
    public void close() {
      server.close();
    }
  }

  /** The listing timed: 100,000 assets. */
  @State(Scope.Benchmark)
  public static class Listing {
    @Param({"100000"})
    public int assets;

    Fixture fixture;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      fixture = new Fixture(assets);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      fixture.close();
    }
  }

  /** The listing whose heap is measured: 10,000 or 100,000 assets. */
  @State(Scope.Benchmark)
  public static class HeapListing {
    @Param({"10000", "100000"})
    public int listed;

    Fixture fixture;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      fixture = new Fixture(listed);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      fixture.close();
    }
  }

  /** The live heap an iteration in progress holds, in bytes. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Heap {
    public long retainedHeapBytes;
    long before;

    @Setup(Level.Iteration)
    public void measureBefore() {
      before = liveHeapBytes();
    }

    static long liveHeapBytes() {
      System.gc();
      System.gc();
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
  }

  @Benchmark
  public long sdkTypedIteration(Listing listing, Blackhole blackhole) {
    long count = 0;
    for (Iterator<Asset> it = listing.fixture.sdkIterator(); it.hasNext(); count++) {
      blackhole.consume(it.next());
    }
    return requireAll(count, listing.assets);
  }

  @Benchmark
  public long rawOkHttpMoshi(Listing listing, Blackhole blackhole) throws IOException {
    return requireAll(listing.fixture.raw.forEach(blackhole::consume), listing.assets);
  }

  @Benchmark
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  @Fork(1)
  public long sdkHeapAfterIterating(HeapListing listing, Heap heap, Blackhole blackhole) {
    Iterator<Asset> it = listing.fixture.sdkIterator();
    long stopAt = listing.listed - AssetPageServer.PER_PAGE / 2;
    long count = 0;
    while (count < stopAt && it.hasNext()) {
      blackhole.consume(it.next());
      count++;
    }
    heap.retainedHeapBytes = Heap.liveHeapBytes() - heap.before;
    Reference.reachabilityFence(it);
    return requireAll(count, stopAt);
  }

  private static long requireAll(long count, long expected) {
    if (count != expected) {
      throw new IllegalStateException("listed " + count + " assets instead of " + expected);
    }
    return count;
  }
}
