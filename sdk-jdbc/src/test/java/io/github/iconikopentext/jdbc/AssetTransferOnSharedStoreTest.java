package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.TransferResult.State;
import io.github.iconikopentext.testkit.IconikSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AssetTransfer} on a {@link JdbcTransferStore}: workers in different processes share one transfer state. */
class AssetTransferOnSharedStoreTest {
  private final IconikSimulator iconikSim = IconikSimulator.start();
  private final IconikClient iconik = IconikClient.builder(iconikSim.environment(), iconikSim.credentials()).build();
  private final JdbcSchema schema = TestDatabases.migratedSchema(TestDatabases.h2());

  @TempDir
  Path archive;

  @AfterEach
  void stop() {
    iconikSim.close();
  }

  private AssetTransfer worker(String name) {
    return AssetTransfer.builder(iconik).store(new JdbcTransferStore(schema)).worker(name).build();
  }

  @Test
  void twoWorkersTransferringTheSameAsset_moveItOnce_andALaterWorkerSkipsIt() throws Exception {
    byte[] bytes = new byte[2 * 1024 * 1024];
    new Random(7).nextBytes(bytes);
    String assetId = iconikSim.seedAsset("Trailer");
    iconikSim.seedFile(assetId, "trailer.mov", bytes);
    FileSystemTarget target = new FileSystemTarget("archive", archive);
    List<TransferResult> outcomes = Collections.synchronizedList(new ArrayList<>());

    Threads.startTogether(2, w -> outcomes.add(worker("node-" + w).transfer(assetId, "ORIGINAL", target)));

    assertThat(outcomes).filteredOn(o -> o.state() == State.COMPLETED).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o.state() != State.COMPLETED)
        .extracting(TransferResult::state).first().isIn(State.HELD, State.SKIPPED);
    assertThat(iconikSim.requestCount("GET", "/sim/files/.*")).as("downloads of the file").isEqualTo(1);
    try (Stream<Path> files = Files.walk(archive)) {
      assertThat(files.filter(Files::isRegularFile)).containsExactly(archive.resolve(assetId).resolve("trailer.mov"));
    }
    assertThat(worker("node-2").transfer(assetId, "ORIGINAL", target).state()).isEqualTo(State.SKIPPED);
  }
}
