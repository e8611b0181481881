package io.github.iconikopentext.integration.transfer;

import static io.github.iconikopentext.integration.transfer.TransferTestFiles.partFiles;
import static io.github.iconikopentext.integration.transfer.TransferTestFiles.random;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.model.JobFilter;
import io.github.iconikopentext.integration.Systems;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever goes wrong in a transfer, the iconik job ends FAILED, the claim is released, nothing is left half-written,
 * and the caller gets a typed error; file names of any alphabet reach OpenText; a filesystem destination that cannot
 * take the file fails before anything is downloaded.
 */
class AssetTransferFailureTest {
  private final Systems env = Systems.start("dev");
  private final InMemoryTransferStore store = new InMemoryTransferStore();

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    env.close();
  }

  private AssetTransfer.Builder transfer() {
    return AssetTransfer.builder(env.iconik()).store(store);
  }

  /** The status of the transfer job of the asset (the only job it has). */
  private String jobStatus(String assetId) {
    return env.iconik().jobs().list(JobFilter.builder().object("assets", assetId).build()).stream()
        .map(j -> j.status().name()).reduce((a, b) -> a + "," + b).orElse("NO JOB");
  }

  private boolean claimable(String assetId, String fileId, String target) {
    String transferId = new TransferId(assetId, fileId, target).value();
    return store.claim(transferId, "another-worker", Duration.ofMinutes(1)) instanceof TransferStore.Claim.Granted;
  }

  /** A target that fails with a raw runtime exception, as a bug in a team's own target would. */
  private static final class BrokenTarget implements TransferTarget {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public String write(TransferItem item, InputStream content, long offset) throws IOException {
      content.readNBytes(1000);
      throw new IllegalStateException("bug in a custom target");
    }

    @Override
    public String commit(TransferItem item, String handle, VerifiedContent content) {
      return handle;
    }

    @Override
    public void discard(TransferItem item, String handle) {}
  }

  @Test
  void aRawExceptionFromTheTarget_endsTheJobFailed_releasesTheClaim_andIsTyped() {
    String assetId = env.iconikSim().seedAsset("Buggy");
    // Larger than the transfer's buffers: the download must be stopped, not left waiting for a reader.
    String fileId = env.iconikSim().seedFile(assetId, "a.mov", random(20 * 1024 * 1024)).fileId();
    long before = System.nanoTime();

    Throwable thrown = catchThrowable(() -> transfer().build().transfer(assetId, "ORIGINAL", new BrokenTarget()));

    assertThat(thrown).isInstanceOf(SdkException.class).hasMessageContaining("bug in a custom target");
    assertThat(System.nanoTime() - before).as("no attempt waits for its stalled stages").isLessThan(20_000_000_000L);
    assertThat(jobStatus(assetId)).isEqualTo("FAILED");
    assertThat(claimable(assetId, fileId, "broken")).as("the claim was released").isTrue();
  }

  @Test
  void unicodeAndControlCharactersInFileNames_reachOpenTextUnderTheirNames() {
    OpenTextTarget target = OpenTextTarget.builder(env.openText(), "media_asset").build();
    for (String name : new String[] {"Café.mov", "東京.mp4", "line\r\nbreak.mov"}) {
      String assetId = env.iconikSim().seedAsset(name);
      env.iconikSim().seedFile(assetId, name, random(70_000));

      TransferResult outcome = transfer().build().transfer(assetId, "ORIGINAL", target);

      assertThat(outcome.state()).isEqualTo(TransferResult.State.COMPLETED);
      var instance = env.openText().cms().get(InstanceRef.file("media_asset", outcome.record().location()));
      assertThat(instance.name()).isEqualTo(name);
      String blobId = instance.renditions().get(0).blobId();
      assertThat(env.openTextSim().storedFile(blobId).orElseThrow().fileName()).isEqualTo(name);
    }
  }

  @Test
  void anUnusableFileName_failsBeforeDownloading_andLeavesNothingBehind() throws IOException {
    String assetId = env.iconikSim().seedAsset("Dots");
    String fileId = env.iconikSim().seedFile(assetId, "..", random(200_000)).fileId();

    Throwable thrown = catchThrowable(() -> transfer().build().transfer(assetId, "ORIGINAL",
        new FileSystemTarget("archive", archive)));

    assertThat(thrown).isInstanceOf(SdkException.class).hasMessageContaining("'..'");
    assertThat(env.iconikSim().requestCount("GET", "/sim/files/.*")).as("downloads").isZero();
    assertThat(jobStatus(assetId)).isEqualTo("FAILED");
    assertThat(claimable(assetId, fileId, "archive")).isTrue();
    assertThat(partFiles(archive)).isZero();
  }

  @Test
  void anArchiveRootThatIsAFile_failsBeforeDownloading() throws IOException {
    Path notADirectory = Files.writeString(archive.resolve("root"), "a file, not a directory");
    String assetId = env.iconikSim().seedAsset("Nowhere");
    String fileId = env.iconikSim().seedFile(assetId, "a.mov", random(200_000)).fileId();

    Throwable thrown = catchThrowable(() -> transfer().build().transfer(assetId, "ORIGINAL",
        new FileSystemTarget("archive", notADirectory)));

    assertThat(thrown).isInstanceOf(SdkException.class).hasMessageContaining(notADirectory.toString());
    assertThat(env.iconikSim().requestCount("GET", "/sim/files/.*")).as("downloads").isZero();
    assertThat(jobStatus(assetId)).isEqualTo("FAILED");
    assertThat(claimable(assetId, fileId, "archive")).isTrue();
  }

  @Test
  void aDownloadThatKeepsBreakingMidway_failsForGood_andDeletesItsPartFile() throws IOException {
    String assetId = env.iconikSim().seedAsset("Flaky line");
    String fileId = env.iconikSim().seedFile(assetId, "a.mov", random(3 * 1024 * 1024)).fileId();
    // Every download breaks after 1 MiB, as a connection that keeps dropping would.
    OkHttpClient breaking = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      okhttp3.Response response = chain.proceed(chain.request());
      return response.newBuilder().body(breakAfter(response.body(), 1024 * 1024)).build();
    }).build();

    Throwable thrown = catchThrowable(() -> transfer().downloadClient(breaking).build().transfer(assetId, "ORIGINAL",
        new FileSystemTarget("archive", archive)));

    assertThat(thrown).isInstanceOf(SdkException.class);
    assertThat(jobStatus(assetId)).isEqualTo("FAILED");
    assertThat(claimable(assetId, fileId, "archive")).isTrue();
    assertThat(partFiles(archive)).as(".part files left").isZero();
    assertThat(archive.resolve(assetId).resolve("a.mov")).doesNotExist();
  }

  /** A body that fails with an IOException after {@code limit} bytes. */
  static ResponseBody breakAfter(ResponseBody body, long limit) {
    BufferedSource broken = Okio.buffer(new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        if (read >= limit) {
          throw new IOException("connection dropped (test)");
        }
        long n = super.read(sink, Math.min(byteCount, limit - read));
        if (n > 0) {
          read += n;
        }
        return n;
      }
    });
    return ResponseBody.create(broken, body.contentType(), body.contentLength());
  }
}
