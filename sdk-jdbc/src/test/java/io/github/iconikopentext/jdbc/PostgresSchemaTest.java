package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    List<Integer> applied = Collections.synchronizedList(new ArrayList<>());

    Threads.startTogether(4, node -> applied.addAll(JdbcSchema.of(dataSource(), schema.tablePrefix()).migrate()));

    assertThat(applied).containsExactly(1, 2);
    assertThat(schema.appliedVersions()).containsExactly(1, 2);
  }
}
