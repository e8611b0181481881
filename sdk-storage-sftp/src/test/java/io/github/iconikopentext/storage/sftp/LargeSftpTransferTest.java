package io.github.iconikopentext.storage.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.testkit.IconikFault;
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
    String sha256 = writeRandom(source, SIZE);
    Files.createDirectories(dir.resolve("root"));
    try (LocalSftp server = new LocalSftp(dir.resolve("root"), dir.resolve("host.key"));
        IconikSimulator iconik = IconikSimulator.start();
        SftpTarget target = SftpTarget.builder("127.0.0.1", server.port(), LocalSftp.USER)
            .password("env:SFTP_PASSWORD", SftpTargetTest.SECRETS).knownHosts(server.knownHostsLine()).build()) {
      String assetId = iconik.seedAsset("Feature");
      String fileId = iconik.seedFile(assetId, "feature.mxf", source).fileId();
      // Once 80 MiB are downloaded, a download is cut: the next attempt resumes from the part file's remote size.
      cutOnceAfter(iconik, fileId, 80L * MIB);
      IconikClient client = IconikClient.builder(iconik.environment(), iconik.credentials()).build();

      TransferResult outcome = AssetTransfer.builder(client).build().transfer(assetId, "ORIGINAL", target);

      assertThat(maxHeap).as("heap cap").isLessThan(SIZE);
      assertThat(outcome.attempts()).as("attempts: cut, then resumed").isEqualTo(2);
      assertThat(iconik.bytesServed(fileId)).as("bytes downloaded: the second attempt went on from the remote size,"
          + " not from 0").isGreaterThan(SIZE).isLessThan(SIZE + 48L * MIB);
      assertThat(outcome.record().sha256()).isEqualTo(sha256);
      try (InputStream in = Files.newInputStream(dir.resolve("root").resolve(assetId).resolve("feature.mxf"))) {
        assertThat(sha256(in)).as("the delivered file, read back").isEqualTo(sha256);
      }
    }
  }

  /** Cuts the next download request of {@code fileId} (1 MiB into it) once {@code bytes} of it were served. */
  static void cutOnceAfter(IconikSimulator iconik, String fileId, long bytes) {
    Thread cutter = new Thread(() -> {
      while (iconik.bytesServed(fileId) < bytes) {
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
      iconik.injectFault("/sim/files/.*", IconikFault.cutAfter(MIB), 1);
    }, "cut-download");
    cutter.setDaemon(true);
    cutter.start();
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
