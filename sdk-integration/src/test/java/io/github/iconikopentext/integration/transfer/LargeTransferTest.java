package io.github.iconikopentext.integration.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.integration.Systems;
import io.github.iconikopentext.testkit.LargeFiles;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 512 MiB file through {@link AssetTransfer} to OpenText and to a filesystem archive, with both simulators in a JVM
 * whose heap is 64 MiB (the {@code large-streams} surefire execution): eight times smaller than the file, so it can
 * only pass if every stage — simulator download, pipeline, CSS upload, simulator storage — streams with bounded
 * memory.
 */
@Tag("large-stream")
class LargeTransferTest {
  private static final Logger log = LoggerFactory.getLogger(LargeTransferTest.class);
  private static final int MIB = 1024 * 1024;
  private static final long SIZE = 512L * MIB;

  private final Systems env = Systems.start("dev");

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    env.close();
  }

  @Test
  void a512MiBFile_movesToOpenTextAndToAnArchive_inA64MiBHeap() throws Exception {
    long maxHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    Path source = dir.resolve("source.bin");
    String sha256 = LargeFiles.writeRandom(source, SIZE);
    String assetId = env.iconikSim().seedAsset("Feature film");
    env.iconikSim().seedFile(assetId, "feature.mxf", source);
    AssetTransfer transfer = AssetTransfer.builder(env.iconik()).build();

    TransferResult toOpenText = transfer.transfer(assetId, "ORIGINAL",
        OpenTextTarget.builder(env.openText(), "media_asset").build());
    TransferResult toArchive = transfer.transfer(assetId, "ORIGINAL",
        new FileSystemTarget("archive", dir.resolve("archive")));

    assertThat(maxHeap).as("the heap cap of this JVM").isLessThanOrEqualTo(SIZE / 8);
    assertThat(toOpenText.record().bytes()).isEqualTo(SIZE);
    assertThat(toOpenText.record().sha256()).isEqualTo(sha256);
    String blobId = env.openText().cms().get(io.github.iconikopentext.opentext.cms.InstanceRef.file("media_asset",
        toOpenText.record().location())).renditions().get(0).blobId();
    assertThat(env.openTextSim().storedFile(blobId).orElseThrow().sha256()).isEqualTo(sha256);
    assertThat(toArchive.record().sha256()).isEqualTo(sha256);
    try (InputStream in = Files.newInputStream(Path.of(toArchive.record().location()))) {
      assertThat(LargeFiles.sha256(in)).as("the archived file, read back").isEqualTo(sha256);
    }
    log.info("512 MiB to OpenText and to an archive with a heap cap of {} MiB", maxHeap / MIB);
  }
}
