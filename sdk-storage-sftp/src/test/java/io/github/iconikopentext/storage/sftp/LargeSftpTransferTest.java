package io.github.iconikopentext.storage.sftp;

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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file larger than this JVM's heap (the {@code large-streams} execution, 64 MiB) through AssetTransfer to SFTP, its
 * download cut part-way and resumed from the part file's remote size, then read back and compared end to end.
 */
@Tag("large-stream")
class LargeSftpTransferTest {
  private static final int MIB = 1 << 20;
  private static final long SIZE = 160L * MIB;

  @TempDir
  Path dir;

  @Test
  void aFileLargerThanTheHeap_isDeliveredAndVerified() throws Exception {
    long maxHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    Path source = dir.resolve("source.bin");
    String sha256 = LargeFiles.writeRandom(source, SIZE);
    Files.createDirectories(dir.resolve("root"));
    try (LocalSftp server = new LocalSftp(dir.resolve("root"), dir.resolve("host.key"));
        IconikSimulator iconik = IconikSimulator.start();
        SftpTarget target = SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
            .password("env:SFTP_PASSWORD", SftpTargetTest.SECRETS).knownHosts(server.knownHostsLine()).build()) {
      String assetId = iconik.seedAsset("Feature");
      String fileId = iconik.seedFile(assetId, "feature.mxf", source).fileId();
      // Once 80 MiB are downloaded, a download is cut: the next attempt resumes from the part file's remote size.
      iconik.cutDownloadOnceAfter(fileId, 80L * MIB);
      IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();

      TransferResult outcome = AssetTransfer.builder(client).build().transfer(assetId, "ORIGINAL", target);

      assertThat(maxHeap).as("heap cap").isLessThan(SIZE);
      assertThat(outcome.attempts()).as("attempts: cut, then resumed").isEqualTo(2);
      assertThat(iconik.bytesServed(fileId)).as("bytes downloaded: the second attempt went on from the remote size,"
          + " not from 0").isGreaterThanOrEqualTo(SIZE).isLessThan(SIZE + 48L * MIB);
      assertThat(outcome.record().sha256()).isEqualTo(sha256);
      try (InputStream in = Files.newInputStream(dir.resolve("root").resolve(assetId).resolve("feature.mxf"))) {
        assertThat(LargeFiles.sha256(in)).as("the delivered file, read back").isEqualTo(sha256);
      }
    }
  }
}
