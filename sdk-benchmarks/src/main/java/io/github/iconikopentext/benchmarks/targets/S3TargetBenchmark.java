package io.github.iconikopentext.benchmarks.targets;

import com.adobe.testing.s3mock.S3MockApplication;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import io.github.iconikopentext.storage.s3.S3Target;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The same file to the same bucket of S3Mock (in the benchmark's JVM, on loopback), one file per operation:
 * <ul>
 *   <li>{@code sdkAssetTransferToS3}: {@code AssetTransfer} from the iconik simulator (download, MD5 and SHA-256)
 *       to an {@link S3Target}: the whole route of an approved file;
 *   <li>{@code sdkS3Target}: {@link S3Target#write} and {@link S3Target#commit} from the file on disk: listing for
 *       a resumable upload, 16 MiB parts, 4 in parallel, each with its SHA-256 checked by the store, commit and tags;
 *   <li>{@code rawMultipartUpload}: the AWS SDK's own calls on the same bytes, same part size and parallelism
 *       (create, upload parts with the SDK's default CRC32, complete), nothing else;
 *   <li>{@code rawPutObject}: one AWS SDK {@code PutObject} of the file.
 * </ul>
 * S3Mock writes each part to disk and then the object from the parts, so its disk bounds every contender; 2 + 4
 * single-shot iterations keep the class to about three minutes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class S3TargetBenchmark {
  private static final String BUCKET = "bench";
  private static final int MIB = 1 << 20;
  private static final long PART = 16L * MIB;
  private static final int PARALLEL = 4;

  @Param("128")
  int mebibytes;

  private Path dir;
  private Path source;
  private VerifiedContent verified;
  private S3MockApplication s3Mock;
  private S3Client s3;
  private S3Target target;
  private IconikSimulator iconikSim;
  private IconikClient iconik;
  private ExecutorService rawParts;
  private String assetId;
  private String key;
  private int operation;

  @Setup(Level.Trial)
  public void start() throws Exception {
    dir = Files.createTempDirectory("s3-bench");
    SourceFile file = SourceFile.write(dir.resolve("source.bin"), mebibytes);
    source = file.path();
    verified = file.verified();
    Files.createDirectories(dir.resolve("s3"));
    // Spring Boot would take over Log4j 2 (on this classpath for Kafka), whose plugin index the shaded jar lacks.
    System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    s3Mock = S3MockApplication.start(new HashMap<>(Map.of(
        S3MockApplication.PROP_HTTP_PORT, 0,
        S3MockApplication.PROP_HTTPS_PORT, 0,
        S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET,
        S3MockApplication.PROP_ROOT_DIRECTORY, dir.resolve("s3").toString(),
        S3MockApplication.PROP_SILENT, true,
        "spring.main.banner-mode", "off",
        "logging.level.root", "WARN")));
    s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + s3Mock.getHttpPort()))
        .forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .build();
    target = S3Target.builder(BUCKET).client(s3).partSize(PART).parallelParts(PARALLEL).build();
    rawParts = Executors.newFixedThreadPool(PARALLEL);
    iconikSim = IconikSimulator.start();
    iconik = IconikClient.builder(iconikSim.environment(), iconikSim.credentials())
        .httpOptions(HttpOptions.builder().rateLimit(RateLimit.perSecond(1_000_000)).build()).build();
  }

  /** A fresh asset and key per operation, so that each one uploads (a finished transfer id would be skipped). */
  @Setup(Level.Invocation)
  public void next() {
    operation++;
    assetId = iconikSim.seedAsset("Benchmark media " + operation);
    iconikSim.seedFile(assetId, "media.mxf", source);
    key = "op-" + operation + "/media.mxf";
  }

  /** Drops what the operation stored, so that S3Mock's disk use stays one file. */
  @TearDown(Level.Invocation)
  public void dropObjects() {
    for (var object : s3.listObjectsV2Paginator(r -> r.bucket(BUCKET)).contents()) {
      s3.deleteObject(r -> r.bucket(BUCKET).key(object.key()));
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    target.close();
    rawParts.shutdownNow();
    s3.close();
    s3Mock.stop();
    iconikSim.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public String sdkAssetTransferToS3() {
    return AssetTransfer.builder(iconik).store(new InMemoryTransferStore()).build()
        .transfer(assetId, "ORIGINAL", target).record().location();
  }

  @Benchmark
  public String sdkS3Target() throws Exception {
    TransferItem item = new TransferItem(new TransferId("asset-" + operation, "file", "bench"), "media.mxf",
        verified.bytes(), null, null);
    try (InputStream in = Files.newInputStream(source)) {
      return target.commit(item, target.write(item, in, 0), verified);
    }
  }

  @Benchmark
  public String rawMultipartUpload() throws Exception {
    String uploadId = s3.createMultipartUpload(r -> r.bucket(BUCKET).key(key)).uploadId();
    Semaphore inFlight = new Semaphore(PARALLEL);
    List<Future<CompletedPart>> parts = new ArrayList<>();
    try (InputStream in = Files.newInputStream(source)) {
      for (int number = 1; ; number++) {
        byte[] data = in.readNBytes((int) PART);
        if (data.length == 0) {
          break;
        }
        inFlight.acquire();
        int partNumber = number;
        parts.add(rawParts.submit(() -> {
          try {
            String eTag = s3.uploadPart(r -> r.bucket(BUCKET).key(key).uploadId(uploadId).partNumber(partNumber),
                RequestBody.fromBytes(data)).eTag();
            return CompletedPart.builder().partNumber(partNumber).eTag(eTag).build();
          } finally {
            inFlight.release();
          }
        }));
      }
    }
    List<CompletedPart> done = new ArrayList<>();
    for (Future<CompletedPart> part : parts) {
      done.add(part.get());
    }
    return s3.completeMultipartUpload(r -> r.bucket(BUCKET).key(key).uploadId(uploadId)
        .multipartUpload(u -> u.parts(done))).eTag();
  }

  @Benchmark
  public String rawPutObject() {
    return s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromFile(source)).eTag();
  }
}
