package io.github.iconikopentext.kafka;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.jdbc.JdbcSchema;
import io.github.iconikopentext.jdbc.JdbcTransferStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One transfer worker as its own process, for {@link WorkerProcessFleetTest}: a {@link KafkaEventWorker} whose
 * processor transfers approved assets through a {@link JdbcTransferStore} shared with the other processes. With
 * {@code crash}, the process halts (no shutdown hooks, no commit) right after its first transfer.
 *
 * <p>Arguments: bootstrap servers, topic, group, name, iconik base URL, App-ID, token, JDBC URL, archive directory,
 * crash (true/false).
 */
public final class WorkerProcess {
  private WorkerProcess() {}

  public static void main(String[] args) throws Exception {
    String name = args[3];
    IconikClient iconik = IconikClient.builder(Environment.builder("fleet").endpoint(IconikEnvironment.ENDPOINT, args[4]).build(),
        StaticCredentialsProvider.of(args[5], args[6])).build();
    JdbcDataSource db = new JdbcDataSource();
    db.setURL(args[7]);
    AssetTransfer transfer = AssetTransfer.builder(iconik).store(new JdbcTransferStore(JdbcSchema.of(db)))
        .worker(name).lease(Duration.ofSeconds(2)).build();
    AssetEventProcessor transfers = AssetEventProcessor.transfers(transfer, "ORIGINAL",
        new FileSystemTarget("archive", Path.of(args[8])));
    boolean crash = Boolean.parseBoolean(args[9]);
    AssetEventProcessor processor = event -> {
      transfers.process(event);
      if (crash) {
        Runtime.getRuntime().halt(3); // as kill -9 would: the offset is not committed
      }
    };
    // A short session: the group notices the halted process within seconds (the default is 45 s).
    KafkaEventWorker.builder(Map.of("bootstrap.servers", args[0], "session.timeout.ms", 6000,
            "heartbeat.interval.ms", 1000), args[1], args[2], processor)
        .name(name).retryBackoff(Duration.ofMillis(300)).build().start();
    Thread.currentThread().join(); // until the test destroys the process
  }
}
