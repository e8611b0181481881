package io.github.iconikopentext.integration.transfer;

import static io.github.iconikopentext.integration.transfer.TransferTestFiles.partFiles;
import static io.github.iconikopentext.integration.transfer.TransferTestFiles.random;
import static io.github.iconikopentext.integration.transfer.TransferTestFiles.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.integration.Systems;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.testkit.IconikFault;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transfer pipeline against sources that honour ranges, break, stall, and an iconik that answers slowly:
 * ranged parallel downloads, resuming from the last verified offset, the stall watchdog, progress off the data
 * path, and {@code Content-Length} on CSS uploads.
 */
class AssetTransferPipelineTest {
  private static final int MIB = 1024 * 1024;

  private final Systems env = Systems.start("dev");

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    env.close();
  }

  private String seed(byte[] bytes) {
    String assetId = env.iconikSim().seedAsset("Media");
    env.iconikSim().seedFile(assetId, "media.mov", bytes);
    return assetId;
  }

  private String fileIdOf(String assetId) {
    return env.iconik().files().files(assetId).stream().findFirst().orElseThrow().id();
  }

  /** An HTTP client for downloads that records the most calls it had in flight at once. */
  private static OkHttpClient countingConcurrency(AtomicInteger maxInFlight) {
    AtomicInteger inFlight = new AtomicInteger();
    return new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void callStart(Call call) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      }

      @Override
      public void callEnd(Call call) {
        inFlight.decrementAndGet();
      }

      @Override
      public void callFailed(Call call, IOException e) {
        inFlight.decrementAndGet();
      }
    }).build();
  }

  @Test
  void aLargeFileFromASlowSource_isDownloadedInRangesOverSeveralConnections_andArrivesInOrder() throws Exception {
    byte[] bytes = random(80 * MIB + 12_345);
    String assetId = seed(bytes);
    env.iconikSim().injectFault("/sim/files/.*", IconikFault.slow(Duration.ofMillis(300))); // a distant source
    AtomicInteger maxInFlight = new AtomicInteger();

    TransferResult outcome = AssetTransfer.builder(env.iconik()).downloadConnections(4)
        .downloadClient(countingConcurrency(maxInFlight)).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    assertThat(Path.of(outcome.record().location())).hasBinaryContent(bytes);
    assertThat(env.iconikSim().requestCount("GET", "/sim/files/.*")).as("one request per 16 MiB segment")
        .isEqualTo(6);
    assertThat(maxInFlight.get()).as("connections at once").isBetween(2, 4);
    assertThat(env.iconikSim().bytesServed(fileIdOf(assetId))).as("no byte twice").isEqualTo(bytes.length);
  }

  @Test
  void withOneConnection_evenALargeFileFromASlowSourceIsOneStream() throws Exception {
    byte[] bytes = random(70 * MIB);
    String assetId = seed(bytes);
    env.iconikSim().injectFault("/sim/files/.*", IconikFault.slow(Duration.ofMillis(300)));
    AtomicInteger maxInFlight = new AtomicInteger();

    TransferResult outcome = AssetTransfer.builder(env.iconik()).downloadConnections(1)
        .downloadClient(countingConcurrency(maxInFlight)).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    assertThat(env.iconikSim().requestCount("GET", "/sim/files/.*")).isEqualTo(1);
    assertThat(maxInFlight.get()).isEqualTo(1);
  }

  @Test
  void aDownloadCutMidway_resumesFromTheLastVerifiedOffset_notFromTheStart() throws Exception {
    byte[] bytes = random(24 * MIB);
    String assetId = seed(bytes);
    env.iconikSim().injectFault("/sim/files/.*", IconikFault.cutAfter(10 * MIB), 1);
    List<String> ranges = new CopyOnWriteArrayList<>();
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      ranges.add(chain.request().header("Range"));
      return chain.proceed(chain.request());
    }).build();

    TransferResult outcome = AssetTransfer.builder(env.iconik()).downloadClient(recording).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(Path.of(outcome.record().location())).hasBinaryContent(bytes);
    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    assertThat(ranges).hasSize(2).first().isEqualTo("bytes=0-");
    long resumedAt = Long.parseLong(ranges.get(1).replaceAll("bytes=(\\d+)-", "$1"));
    assertThat(resumedAt).as("the second attempt continues after what the first verified")
        .isBetween(7L * MIB, 10L * MIB);
    assertThat(env.iconikSim().bytesServed(fileIdOf(assetId))).isEqualTo(10L * MIB + bytes.length - resumedAt);
  }

  @Test
  void aStalledDownload_failsWithATypedErrorWithinTheStallTimeout_andLeavesNothingBehind() throws IOException {
    String assetId = seed(random(8 * MIB));
    env.iconikSim().injectFault("/sim/files/.*", IconikFault.stallAfter(MIB, Duration.ofSeconds(30)));
    long before = System.nanoTime();

    IntegrationException e = catchThrowableOfType(IntegrationException.class, () -> AssetTransfer
        .builder(env.iconik()).stallTimeout(Duration.ofMillis(400)).maxAttempts(2).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive)));

    assertThat(e.domain()).isEqualTo(FailureDomain.ENDPOINT);
    assertThat(e.reason()).isEqualTo("TransferStalled");
    assertThat(e).hasMessageContaining("no progress");
    assertThat(System.nanoTime() - before).as("far less than the 30 s stall").isLessThan(15_000_000_000L);
    assertThat(env.iconikSim().requestCount("GET", "/sim/files/.*")).isEqualTo(2);
    assertThat(partFiles(archive)).isZero();
  }

  @Test
  void aDownloadThatStalledOnce_isRetriedAndCompletes() throws Exception {
    byte[] bytes = random(6 * MIB);
    String assetId = seed(bytes);
    env.iconikSim().injectFault("/sim/files/.*", IconikFault.stallAfter(2 * MIB, Duration.ofSeconds(30)), 1);

    TransferResult outcome = AssetTransfer.builder(env.iconik()).stallTimeout(Duration.ofMillis(400)).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
  }

  @Test
  void aSlowIconik_getsFewCoalescedProgressReports_andTheJobEndsAt100() {
    byte[] bytes = random(64 * MIB);
    String assetId = seed(bytes);
    env.iconikSim().injectFault("/API/jobs/v1/jobs/[^/]+/", IconikFault.slow(Duration.ofMillis(800)));

    TransferResult outcome = AssetTransfer.builder(env.iconik()).build()
        .transfer(assetId, "ORIGINAL", new FileSystemTarget("archive", archive));

    // Reported on the data path every 8 MiB, as before, this would be 8 progress updates plus the final one.
    assertThat(env.iconikSim().requestCount("PATCH", "/API/jobs/v1/jobs/[^/]+/")).isLessThanOrEqualTo(5);
    Map<String, Object> job = env.iconikSim().object("jobs", outcome.jobId()).orElseThrow();
    assertThat(job).containsEntry("status", "FINISHED");
    assertThat(((Number) job.get("progress_processed")).longValue()).isEqualTo(bytes.length);
  }

  @Test
  void aSlowTarget_seesProgressReportedWhileItStreams() {
    String assetId = seed(random(12 * MIB));
    FileSystemTarget archiveTarget = new FileSystemTarget("archive", archive);
    TransferTarget slow = new TransferTarget() { // a disk that takes 100 ms per MiB
      @Override
      public String name() {
        return "slow";
      }

      @Override
      public String write(TransferItem item, InputStream content, long offset) throws IOException {
        return archiveTarget.write(item, new FilterInputStream(content) {
          private long read;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, Math.min(len, 64 * 1024));
            read += Math.max(n, 0);
            if (read % MIB < 64 * 1024 && n > 0) {
              pause();
            }
            return n;
          }
        }, offset);
      }

      @Override
      public String commit(TransferItem item, String handle, VerifiedContent content) throws IOException {
        return archiveTarget.commit(item, handle, content);
      }

      @Override
      public void discard(TransferItem item, String handle) throws IOException {
        archiveTarget.discard(item, handle);
      }
    };

    AssetTransfer.builder(env.iconik()).build().transfer(assetId, "ORIGINAL", slow);

    assertThat(env.iconikSim().requestCount("PATCH", "/API/jobs/v1/jobs/[^/]+/"))
        .as("progress while streaming, and the final update").isGreaterThanOrEqualTo(2);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void toOpenText_theUploadCarriesContentLength_andTheSha256TheTransferComputed() throws Exception {
    byte[] bytes = random(5 * MIB + 3);
    String assetId = seed(bytes);
    List<String> uploadHeaders = new CopyOnWriteArrayList<>();
    OkHttpClient recording = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      if (chain.request().url().encodedPath().endsWith("/fromStream")) {
        uploadHeaders.add("Content-Length=" + chain.request().header("Content-Length"));
        uploadHeaders.add("Transfer-Encoding=" + chain.request().header("Transfer-Encoding"));
      }
      return chain.proceed(chain.request());
    }).build();
    OpenTextClient openText = OpenTextClient.builder(env.openTextSim().environment("dev"))
        .clientCredentials(env.openTextSim().clientCredentials())
        .httpOptions(HttpOptions.builder().okHttpClient(recording).build()).build();

    TransferResult outcome = AssetTransfer.builder(env.iconik()).build()
        .transfer(assetId, "ORIGINAL", OpenTextTarget.builder(openText, "media_asset").build());

    assertThat(outcome.record().sha256()).isEqualTo(sha256(bytes));
    assertThat(uploadHeaders).containsExactly("Content-Length=" + bytes.length, "Transfer-Encoding=null");
  }
}
