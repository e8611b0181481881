package io.github.iconikopentext.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.integration.transfer.TransferItem;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.VerifiedContent;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.Tag;

class S3TargetTest {
  private static final int MIB = 1 << 20;

  @TempDir
  static Path root;

  static LocalS3 s3;

  @BeforeAll
  static void start() {
    s3 = new LocalS3(root);
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  private static S3Target.Builder target() {
    return S3Target.builder(LocalS3.BUCKET).client(s3.client).partSize(5 * MIB).parallelParts(3);
  }

  @Test
  void assetTransfer_movesAFileInParallelParts_verifiedByTheStore_andTaggedWithItsMd5() throws Exception {
    byte[] content = random(17 * MIB + 123, 1);
    try (IconikSimulator iconik = IconikSimulator.start()) {
      String assetId = iconik.seedAsset("Trailer");
      iconik.seedFile(assetId, "trailer.mov", content);
      IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();
      S3Target target = target().name("archive").prefix("approved").keyTemplate("{asset_id}/{file_name}").build();

      java.util.List<io.github.iconikopentext.integration.transfer.TransferEvent> events =
          new java.util.concurrent.CopyOnWriteArrayList<>();
      TransferResult outcome = AssetTransfer.builder(client).listener(events::add).build()
          .transfer(assetId, "ORIGINAL", target);
      TransferResult again = AssetTransfer.builder(client).build().transfer(assetId, "ORIGINAL", target);

      String key = "approved/" + assetId + "/trailer.mov";
      assertThat(outcome.record().location()).isEqualTo("s3://media/" + key);
      ResponseBytes<GetObjectResponse> stored = s3.client.getObjectAsBytes(r -> r.bucket("media").key(key));
      assertThat(hex("SHA-256", stored.asByteArray())).isEqualTo(hex("SHA-256", content));
      assertThat(stored.response().metadata()).containsEntry(S3Target.TRANSFER_ID_META,
          outcome.record().transferId());
      assertThat(s3.client.getObjectTagging(r -> r.bucket("media").key(key)).tagSet())
          .contains(Tag.builder().key("iconik-md5").value(hex("MD5", content)).build());
      assertThat(again.record().location()).isEqualTo(outcome.record().location());
      assertThat(events).last().satisfies(e -> {
        assertThat(e.location()).as("audited location").isEqualTo("s3://media/" + key);
        assertThat(e.md5()).as("audited MD5").isEqualTo(hex("MD5", content));
      });
      assertThat(target.kind()).isEqualTo("s3");
      assertThat(s3.client.listObjectsV2(r -> r.bucket("media").prefix("approved/" + assetId)).contents())
          .hasSize(1);
    }
  }

  @Test
  void anInterruptedUpload_resumesFromItsListedParts_withoutUploadingThemAgain() throws Exception {
    byte[] content = random(16 * MIB, 2);
    TransferItem item = item("asset-resume", "movie.mxf", content.length);
    S3Target target = target().build();
    assertThatThrownBy(() -> target.write(item, failingAfter(content, 11 * MIB), 0)).isInstanceOf(IOException.class);
    String key = target.key(item);
    String uploadId = s3.client.listMultipartUploads(r -> r.bucket("media").prefix(key)).uploads().get(0).uploadId();
    assertThat(s3.client.listParts(r -> r.bucket("media").key(key).uploadId(uploadId)).parts()).hasSize(2);

    String handle = target.write(item, new ByteArrayInputStream(content), 0);
    String location = target.commit(item, handle, verified(content));

    assertThat(handle).startsWith(uploadId + "\n"); // the same upload, continued
    assertThat(location).isEqualTo("s3://media/" + key);
    assertThat(hex("SHA-256", s3.client.getObjectAsBytes(r -> r.bucket("media").key(key)).asByteArray()))
        .isEqualTo(hex("SHA-256", content));
    assertThat(target.commit(item, handle, verified(content))).as("a repeated commit").isEqualTo(location);
  }

  @Test
  void abort_dropsTheTransfersUpload_andOrphansAreAbortedByAge() throws Exception {
    byte[] content = random(12 * MIB, 3);
    S3Target target = target().prefix("orphans").build();
    TransferItem item = item("asset-abort", "a.mxf", content.length);
    TransferItem orphan = item("asset-orphan", "b.mxf", content.length);
    assertThatThrownBy(() -> target.write(item, failingAfter(content, 6 * MIB), 0)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> target.write(orphan, failingAfter(content, 6 * MIB), 0)).isInstanceOf(IOException.class);

    target.abort(item);
    assertThat(s3.client.listMultipartUploads(r -> r.bucket("media").prefix(target.key(item))).uploads()).isEmpty();
    assertThat(target.abortOrphanedUploads(Duration.ofDays(1))).isZero();
    assertThat(target.abortOrphanedUploads(Duration.ZERO.minusSeconds(5))).isEqualTo(1);
    assertThat(s3.client.listMultipartUploads(r -> r.bucket("media").prefix("orphans/")).uploads()).isEmpty();
  }

  @Test
  void keysThatTraverseOrHoldIllegalCharacters_areRefusedBeforeAnyByteMoves() {
    S3Target target = target().keyTemplate("{project_code}/{file_name}").build();
    assertThatThrownBy(() -> target.prepare(item("a", "../../etc/passwd", 1)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("path separator");
    assertThatThrownBy(() -> target.prepare(new TransferItem(new TransferId("a", "f", "s3"), "x.mov", 1, null,
        Map.of("project_code", "..")))).isInstanceOf(ConfigurationException.class).hasMessageContaining("traversal");
    assertThatThrownBy(() -> target.prepare(item("a", "bad\u0000name", 1)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("control character");
    assertThatThrownBy(() -> S3Target.builder("media").keyTemplate("../{file_name}"))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void aMissingBucket_isAnEndpointFailureWithAStableReason_inTheStatus() {
    S3Target target = S3Target.builder("no-such-bucket").client(s3.client).build();
    assertThatThrownBy(() -> target.prepare(item("a", "x.mov", 1)))
        .isInstanceOfSatisfying(IntegrationException.class, e -> {
          assertThat(e.domain().name()).isEqualTo("ENDPOINT");
          assertThat(e.reason()).isEqualTo("BucketMissing");
        });
    try (IconikSimulator iconik = IconikSimulator.start()) {
      String assetId = iconik.seedAsset("Promo");
      iconik.seedFile(assetId, "promo.mov", random(1024, 9));
      IntegrationStatus status = new IntegrationStatus(java.time.Clock.systemUTC(), 10);
      assertThatThrownBy(() -> AssetTransfer.builder(IconikClient.builder(iconik.environment(), iconik.credentials())
          .build()).status(status).build().transfer(assetId, "ORIGINAL", target));
      assertThat(status.snapshot().recentFailures()).first().satisfies(f -> {
        assertThat(f.failure().domain().name()).isEqualTo("ENDPOINT");
        assertThat(f.failure().reason()).isEqualTo("BucketMissing");
      });
    }
  }

  @Test
  void credentials_comeFromSecretReferences_andALiteralSecretIsRefusedUnshown() {
    SecretResolvers resolvers = SecretResolvers.builder().environment(Map.of("S3_SECRET", "test")).build();
    try (S3Target target = S3Target.builder("media").endpoint(s3.endpoint()).pathStyle(true)
        .credentials("AKIDEXAMPLE", "env:S3_SECRET", resolvers).build()) {
      target.prepare(item("a", "x.mov", 1));
      assertThat(target.credentialId()).isEqualTo("AKIDEXAMPLE");
    }
    assertThatThrownBy(() -> S3Target.builder("media").credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG", resolvers))
        .isInstanceOf(ConfigurationException.class).hasMessageNotContaining("wJalr");
  }

  @Test
  void storageClass_isAppliedToTheObject() throws Exception {
    byte[] content = random(MIB, 4);
    S3Target target = target().storageClass("STANDARD_IA").sseS3().build();
    TransferItem item = item("asset-sse", "c.mov", content.length);
    target.commit(item, target.write(item, new ByteArrayInputStream(content), 0), verified(content));
    var head = s3.client.headObject(r -> r.bucket("media").key(target.key(item)));
    assertThat(head.storageClassAsString()).isEqualTo("STANDARD_IA");
    // S3Mock does not report SSE of multipart objects (documented); real S3 answers AES256 here.
  }

  static TransferItem item(String asset, String fileName, long size) {
    return new TransferItem(new TransferId(asset, "file-1", "s3"), fileName, size, "video/mp4",
        Map.of("project_code", "P1"));
  }

  static VerifiedContent verified(byte[] content) throws Exception {
    return new VerifiedContent(content.length, hex("SHA-256", content), hex("MD5", content));
  }

  static InputStream failingAfter(byte[] content, int limit) {
    return new InputStream() {
      int position;

      @Override
      public int read() throws IOException {
        if (position >= limit) {
          throw new IOException("connection reset (test)");
        }
        return content[position++] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (position >= limit) {
          throw new IOException("connection reset (test)");
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(content, position, b, off, n);
        position += n;
        return n;
      }
    };
  }

  static byte[] random(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    return b;
  }

  static String hex(String algorithm, byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
  }
}
