package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.storage.ContentDownload;
import io.github.iconikopentext.opentext.storage.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 200 MiB upload and download through the SDK and the simulator, in a JVM capped at a heap smaller than the file
 * (see the {@code large-streams} surefire execution): it can only pass if both sides stream.
 */
@Tag("large-stream")
class OpenTextLargeUploadTest {
  private static final Logger log = LoggerFactory.getLogger(OpenTextLargeUploadTest.class);
  private static final long SIZE = 200L * 1024 * 1024;

  @Test
  void a200MiBUpload_streamsWithHeapGrowthFarBelowTheFileSize_andTheSha256Matches() throws Exception {
    String expectedSha = LargeFiles.sha256(new GeneratedContent(SIZE));
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long maxHeap = memory.getHeapMemoryUsage().getMax();
    try (OpenTextSimulator simulator = OpenTextSimulator.start()) {
      OpenTextClient client = OpenTextClient.builder(simulator.environment("sim"))
          .clientCredentials(simulator.clientCredentials()).build();
      client.storage().info(simulator.seedFile(new byte[] {0}, "a/b", "warm-up")); // token, connections, classes
      System.gc();
      long baseline = memory.getHeapMemoryUsage().getUsed();

      GeneratedContent source = new GeneratedContent(SIZE);
      UploadResult result;
      long peakDuringUpload;
      try (HeapSampler sampler = new HeapSampler(memory)) {
        result = client.storage().upload(source, "large.bin", "application/octet-stream");
        peakDuringUpload = sampler.peak();
      }
      System.gc();
      long growthAfterUpload = memory.getHeapMemoryUsage().getUsed() - baseline;

      assertThat(source.bytesRead()).isEqualTo(SIZE);
      assertThat(result.bytesSent()).isEqualTo(SIZE);
      assertThat(result.sha256()).isEqualTo(expectedSha);
      OpenTextSimulator.StoredContent stored = simulator.storedFile(result.file().id()).orElseThrow();
      assertThat(stored.size()).isEqualTo(SIZE);
      assertThat(stored.sha256()).isEqualTo(expectedSha);
      assertThat(maxHeap).as("the test JVM's heap cap").isLessThan(SIZE);
      assertThat(peakDuringUpload - baseline).as("peak heap growth during the upload").isLessThan(SIZE / 4);
      assertThat(growthAfterUpload).as("retained heap growth").isLessThan(SIZE / 20);

      long downloaded;
      String downloadedSha;
      try (ContentDownload download = client.storage().download(result.file().id());
          HeapSampler sampler = new HeapSampler(memory)) {
        CountingDigest digest = new CountingDigest();
        digest.consume(download.stream());
        downloaded = digest.count;
        downloadedSha = digest.hex();
        assertThat(sampler.peak() - baseline).as("peak heap growth during the download").isLessThan(SIZE / 4);
        log.info("200 MiB: heap cap {} MiB, baseline {} MiB, peak upload growth {} MiB, retained {} MiB, "
            + "peak download growth {} MiB", maxHeap >> 20, baseline >> 20, (peakDuringUpload - baseline) >> 20,
            growthAfterUpload >> 20, (sampler.peak() - baseline) >> 20);
      }
      assertThat(downloaded).isEqualTo(SIZE);
      assertThat(downloadedSha).isEqualTo(expectedSha);
    }
  }

  /** SHA-256 and byte count of a stream read in chunks. */
  private static final class CountingDigest {
    private final MessageDigest digest;
    private long count;

    CountingDigest() throws Exception {
      digest = MessageDigest.getInstance("SHA-256");
    }

    void consume(InputStream in) throws IOException {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
        count += n;
      }
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  /** Deterministic pseudo-random bytes of a given length, generated on the fly and counted as they are read. */
  private static final class GeneratedContent extends InputStream {
    private final long size;
    private long position;
    private long state = 0x9E3779B97F4A7C15L;

    GeneratedContent(long size) {
      this.size = size;
    }

    long bytesRead() {
      return position;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        b[off + i] = (byte) state;
      }
      position += n;
      return n;
    }
  }

  /** Samples used heap every few milliseconds on a daemon thread; {@link #peak()} is the highest seen. */
  private static final class HeapSampler implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    HeapSampler(MemoryMXBean memory) {
      thread = new Thread(() -> {
        while (running.get()) {
          peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    long peak() {
      return peak.get();
    }

    @Override
    public void close() {
      running.set(false);
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
