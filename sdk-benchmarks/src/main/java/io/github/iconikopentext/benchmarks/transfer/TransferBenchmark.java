package io.github.iconikopentext.benchmarks.transfer;

import io.github.iconikopentext.integration.transfer.TransferResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
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

/**
 * Moving one file of 256 MiB or 2 GiB from iconik to OpenText CSS or to a filesystem archive, end to end through
 * the simulators on loopback, side by side with what bounds it:
 *
 * <ul>
 *   <li>{@code sdkToOpenText}, {@code sdkToFileSystem}: {@code AssetTransfer} with its defaults (claim, iconik job,
 *       download, MD5 + SHA-256, upload or fsynced write, verification, CMS instance or rename);
 *   <li>{@code limitPlainPipe}: a plain OkHttp client (no timeouts) streaming the download into the CSS upload
 *       ({@code sink.writeAll(source)}), no hashing;
 *   <li>{@code limitHashingFloor}: the JDK's MD5 and SHA-256 over as many bytes on one thread;
 *   <li>{@code limitCurlToFile}: the equivalent of {@code curl -o file} followed by an fsync, with OkHttp and a 1 MiB
 *       buffer;
 *   <li>{@code simulatorDownload}, {@code simulatorUpload}: what the iconik simulator serves and the OpenText
 *       simulator takes in, each alone.
 * </ul>
 *
 * <p>Five warm-up operations: the JIT is still speeding up the limits and the SDK after three. One operation moves
 * the whole file; the counter {@code clientAllocatedPerMiB} is what the client side's threads
 * allocated per MiB moved ({@link ClientAllocation}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class TransferBenchmark {
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");
  private static final int SLICE = 32 * 1024;

  /** The file and the systems, for one size. */
  @State(Scope.Benchmark)
  public static class Media {
    @Param({"256", "2048"})
    public int mebibytes;

    TransferFixture fixture;
    byte[] block;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      fixture = new TransferFixture(mebibytes);
      block = TransferFixture.block();
    }

    /** Each operation writes new files, as an archive does: what the last one wrote is deleted untimed. */
    @Setup(Level.Iteration)
    public void deleteArchivedFiles() throws IOException {
      fixture.clearArchive();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      fixture.close();
    }
  }

  /** Bytes the client side allocated per MiB moved, in the last operation. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Allocation {
    public double clientAllocatedPerMiB;

    void record(ClientAllocation allocation, long bytesMoved) {
      clientAllocatedPerMiB = allocation.bytes() / ((double) bytesMoved / TransferFixture.MIB);
    }
  }

  @Benchmark
  public long sdkToOpenText(Media media, Allocation allocation) {
    ClientAllocation counting = new ClientAllocation();
    TransferResult outcome = media.fixture.transferTo(true);
    allocation.record(counting, media.fixture.size);
    return requireAll(outcome.record().bytes(), media.fixture.size);
  }

  @Benchmark
  public long sdkToFileSystem(Media media, Allocation allocation) {
    ClientAllocation counting = new ClientAllocation();
    TransferResult outcome = media.fixture.transferTo(false);
    allocation.record(counting, media.fixture.size);
    return requireAll(outcome.record().bytes(), media.fixture.size);
  }

  @Benchmark
  public long limitPlainPipe(Media media, Allocation allocation) throws IOException {
    ClientAllocation counting = new ClientAllocation();
    TransferFixture f = media.fixture;
    try (Response download = f.plain.newCall(new Request.Builder().url(f.downloadUrl()).build()).execute()) {
      BufferedSource source = download.body().source();
      long length = download.body().contentLength();
      RequestBody body = streamed(length, sink -> sink.writeAll(source));
      upload(f, body);
      allocation.record(counting, length);
      return requireAll(length, f.size);
    }
  }

  @Benchmark
  public long limitHashingFloor(Media media, Allocation allocation) throws NoSuchAlgorithmException {
    ClientAllocation counting = new ClientAllocation();
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    byte[] block = media.block;
    long blocks = media.fixture.size / block.length;
    for (long i = 0; i < blocks; i++) {
      block[0] = (byte) i;
      md5.update(block);
      sha256.update(block);
    }
    long result = md5.digest()[0] + sha256.digest()[0];
    allocation.record(counting, media.fixture.size);
    return result;
  }

  @Benchmark
  public long limitCurlToFile(Media media, Allocation allocation) throws IOException {
    ClientAllocation counting = new ClientAllocation();
    TransferFixture f = media.fixture;
    Path file = f.archive.resolve("curl.bin");
    long written = 0;
    try (Response download = f.plain.newCall(new Request.Builder().url(f.downloadUrl()).build()).execute();
        InputStream in = download.body().byteStream();
        FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      byte[] buffer = new byte[TransferFixture.MIB];
      for (int n; (n = in.read(buffer)) != -1; written += n) {
        ByteBuffer wrapped = ByteBuffer.wrap(buffer, 0, n);
        while (wrapped.hasRemaining()) {
          out.write(wrapped);
        }
      }
      out.force(true);
    }
    allocation.record(counting, written);
    return requireAll(written, f.size);
  }

  @Benchmark
  public long simulatorDownload(Media media) throws IOException {
    TransferFixture f = media.fixture;
    try (Response download = f.plain.newCall(new Request.Builder().url(f.downloadUrl()).build()).execute()) {
      return requireAll(download.body().source().readAll(Okio.blackhole()), f.size);
    }
  }

  @Benchmark
  public long simulatorUpload(Media media) throws IOException {
    TransferFixture f = media.fixture;
    byte[] block = media.block;
    long blocks = f.size / block.length;
    upload(f, streamed(f.size, sink -> {
      for (long i = 0; i < blocks; i++) {
        for (int at = 0; at < block.length; at += SLICE) { // slices keep Okio's segments pooled
          sink.write(block, at, SLICE);
        }
      }
    }));
    return f.size;
  }

  /** Writes a request body to its sink. */
  @FunctionalInterface
  private interface BodyWriter {
    void writeTo(BufferedSink sink) throws IOException;
  }

  /** A one-shot octet-stream body of {@code length} bytes that {@code writer} writes. */
  private static RequestBody streamed(long length, BodyWriter writer) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return OCTETS;
      }

      @Override
      public long contentLength() {
        return length;
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        writer.writeTo(sink);
      }
    };
  }

  private static void upload(TransferFixture f, RequestBody body) throws IOException {
    Request request = new Request.Builder().url(f.cssUploadUrl)
        .header("Authorization", "Bearer " + f.bearerToken)
        .header("Content-Disposition", "attachment; filename=\"limit.bin\"")
        .post(body).build();
    try (Response response = f.plain.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("CSS answered " + response.code() + " to the limit's upload");
      }
    }
  }

  private static long requireAll(long moved, long expected) {
    if (moved != expected) {
      throw new IllegalStateException("moved " + moved + " bytes instead of " + expected);
    }
    return moved;
  }
}
