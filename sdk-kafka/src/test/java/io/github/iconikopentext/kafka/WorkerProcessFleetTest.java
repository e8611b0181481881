package io.github.iconikopentext.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.integration.transfer.TransferId;
import io.github.iconikopentext.jdbc.JdbcSchema;
import io.github.iconikopentext.jdbc.JdbcTransferStore;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done means" of the Kafka hand-off with real processes: two worker JVMs in one consumer group on one topic,
 * sharing a transfer store (H2 in server mode, as a fleet shares PostgreSQL), one of them halting right after its
 * first transfer, before committing. Every approved asset is transferred exactly once.
 */
class WorkerProcessFleetTest {
  @TempDir
  Path dir;

  @Test
  void twoWorkerProcesses_transferEachApprovedAssetExactlyOnce_acrossAProcessCrash() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    String jdbcUrl = "jdbc:h2:file:" + dir.resolve("store") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(jdbcUrl);
    List<Process> processes = new ArrayList<>();
    try (EmbeddedKafka kafka = EmbeddedKafka.start(); IconikSimulator sim = IconikSimulator.start();
        Connection keepOpen = db.getConnection()) { // this JVM serves the database to the workers
      JdbcSchema.of(db).migrate();
      kafka.createTopic("approved", 2);
      List<String> assets = new ArrayList<>();
      Map<String, String> files = new HashMap<>();
      for (int i = 0; i < 6; i++) {
        String asset = sim.seedAsset("Clip " + i);
        files.put(asset, sim.seedFile(asset, "clip-" + i + ".mov",
            ("clip " + i).repeat(1000).getBytes(StandardCharsets.UTF_8)).fileId());
        assets.add(asset);
      }
      Process crashing = worker(kafka, sim, jdbcUrl, archive, "a", true);
      processes.add(crashing);
      Process steady = worker(kafka, sim, jdbcUrl, archive, "b", false);
      processes.add(steady);
      Thread.sleep(6000); // both join the group and get a partition each

      try (KafkaWebhookPublisher publisher = KafkaWebhookPublisher.create(kafka.clientConfig(), "approved")) {
        for (String asset : assets) {
          publisher.accept(AssetEvent.of(IconikWebhook.parse(sim.webhookPayload(new IconikWebhookEvent("assets",
              "approvals", "update", asset, Map.of("object_id", asset, "status", "APPROVED")))
              .getBytes(StandardCharsets.UTF_8))));
        }
      }

      JdbcTransferStore store = new JdbcTransferStore(JdbcSchema.of(db));
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (!assets.stream().allMatch(a -> store.completed(new TransferId(a, files.get(a), "archive").value())
          .isPresent())) {
        assertThat(System.nanoTime()).as("all transfers complete within 90 s").isLessThan(deadline);
        Thread.sleep(200);
      }

      assertThat(crashing.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(crashing.exitValue()).as("worker a halted after its first transfer").isEqualTo(3);
      assertThat(steady.isAlive()).isTrue();
      for (String asset : assets) {
        assertThat(sim.bytesServed(files.get(asset))).as("bytes of %s downloaded", asset)
            .isEqualTo(sim.fileContent(files.get(asset)).orElseThrow().length);
      }
      try (var written = Files.walk(archive)) {
        assertThat(written.filter(Files::isRegularFile).count()).isEqualTo(assets.size());
      }
    } finally {
      for (Process p : processes) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private Process worker(EmbeddedKafka kafka, IconikSimulator sim, String jdbcUrl, Path archive, String name,
      boolean crash) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("java.class.path"), WorkerProcess.class.getName(),
        kafka.bootstrapServers(), "approved", "transfers", name, sim.baseUrl().toString(), sim.appId(),
        sim.authToken(), jdbcUrl, archive.toString(), Boolean.toString(crash))
        .redirectErrorStream(true).redirectOutput(dir.resolve("worker-" + name + ".log").toFile()).start();
  }
}
