package io.github.iconikopentext.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file larger than this JVM's heap (the {@code large-streams} execution, 128 MiB, shared with S3Mock itself)
 * through AssetTransfer to S3 in parallel 8 MiB parts.
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
    String sha256 = writeRandom(source, SIZE);
    Files.createDirectories(dir.resolve("s3"));
    try (LocalS3 s3 = new LocalS3(dir.resolve("s3")); IconikSimulator iconik = IconikSimulator.start()) {
      S3Target target = S3Target.builder(LocalS3.BUCKET).client(s3.client).partSize(8 * MIB).parallelParts(2)
          .build();
      String assetId = iconik.seedAsset("Feature");
      iconik.seedFile(assetId, "feature.mxf", source);
      IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();

      TransferResult outcome = AssetTransfer.builder(client).build().transfer(assetId, "ORIGINAL", target);

      assertThat(maxHeap).as("heap cap").isLessThan(SIZE);
      assertThat(outcome.record().sha256()).isEqualTo(sha256);
      try (InputStream in = s3.client.getObject(r -> r.bucket(LocalS3.BUCKET).key(assetId + "/feature.mxf"))) {
        assertThat(sha256(in)).as("the stored object, read back").isEqualTo(sha256);
      }
    }
  }

  static String writeRandom(Path file, long size) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] block = new byte[MIB];
    Random random = new Random(19);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written < size; written += block.length) {
        random.nextBytes(block);
        digest.update(block);
        out.write(block);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String sha256(InputStream in) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[MIB];
    for (int n; (n = in.read(buffer)) != -1; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
