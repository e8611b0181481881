package io.github.iconikopentext.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.LargeFiles;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * A file larger than this JVM's heap (the {@code large-streams} execution, 128 MiB, shared with S3Mock itself)
 * through AssetTransfer to S3 in parallel 8 MiB parts, its download cut part-way and the upload resumed from the
 * parts the store lists, then read back and compared end to end.
 */
@Tag("large-stream")
class LargeS3TransferTest {
  private static final int MIB = 1 << 20;
  private static final long SIZE = 192L * MIB;

  @TempDir
  Path dir;

  @Test
  void aFileLargerThanTheHeap_isUploadedInPartsAndVerified() throws Exception {
    long maxHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    Path source = dir.resolve("source.bin");
    String sha256 = LargeFiles.writeRandom(source, SIZE);
    Files.createDirectories(dir.resolve("s3"));
    try (LocalS3 s3 = new LocalS3(dir.resolve("s3")); IconikSimulator iconik = IconikSimulator.start()) {
      AtomicInteger partsSent = new AtomicInteger();
      S3Client counting = S3Client.builder().endpointOverride(s3.endpoint()).forcePathStyle(true)
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
          .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
              if (context.request() instanceof UploadPartRequest) {
                partsSent.incrementAndGet();
              }
            }
          })).build();
      S3Target target = S3Target.builder(LocalS3.BUCKET).client(counting).partSize(8 * MIB).parallelParts(2)
          .build();
      String assetId = iconik.seedAsset("Feature");
      String fileId = iconik.seedFile(assetId, "feature.mxf", source).fileId();
      // Once 100 MiB are downloaded, a download is cut: the transfer's next attempt resumes the multipart upload.
      iconik.cutDownloadOnceAfter(fileId, 100L * MIB);
      IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();

      TransferResult outcome = AssetTransfer.builder(client).build().transfer(assetId, "ORIGINAL", target);

      assertThat(maxHeap).as("heap cap").isLessThan(SIZE);
      assertThat(outcome.attempts()).as("attempts: cut, then resumed").isEqualTo(2);
      assertThat(outcome.record().sha256()).isEqualTo(sha256);
      int parts = (int) (SIZE / (8 * MIB));
      assertThat(partsSent.get()).as("parts sent: those of the first attempt are kept, not sent again")
          .isGreaterThanOrEqualTo(parts).isLessThan(parts + 100 / 8);
      assertThat(s3.client.listMultipartUploads(r -> r.bucket(LocalS3.BUCKET)).uploads()).as("no upload left")
          .isEmpty();
      counting.close();
      try (InputStream in = s3.client.getObject(r -> r.bucket(LocalS3.BUCKET).key(assetId + "/feature.mxf"))) {
        assertThat(LargeFiles.sha256(in)).as("the stored object, read back").isEqualTo(sha256);
      }
    }
  }
}
