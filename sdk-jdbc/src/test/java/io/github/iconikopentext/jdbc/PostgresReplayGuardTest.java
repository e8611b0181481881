package io.github.iconikopentext.jdbc;

import javax.sql.DataSource;

class PostgresReplayGuardTest extends ReplayGuardContract {
  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }
}
