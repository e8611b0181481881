package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresSchemaTest extends SchemaContract {
  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }

  /** PostgreSQL's DDL is transactional, so concurrent migrators wait for each other and each script runs once. */
  @Test
  void migrate_fromSeveralNodesAtOnce_appliesEachScriptOnce() throws Exception {
    JdbcSchema schema = schema();
    int nodes = 4;
    CyclicBarrier start = new CyclicBarrier(nodes);
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    List<Integer> applied = new ArrayList<>();
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        Callable<List<Integer>> node = () -> {
          start.await(30, TimeUnit.SECONDS);
          return JdbcSchema.of(dataSource(), schema.tablePrefix()).migrate();
        };
        results.add(pool.submit(node));
      }
      for (Future<List<Integer>> result : results) {
        applied.addAll(result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(applied).containsExactly(1);
    assertThat(schema.appliedVersions()).containsExactly(1);
  }
}
