package io.github.iconikopentext.jdbc;

import javax.sql.DataSource;

class PostgresWatermarkStoreTest extends WatermarkStoreContract {
  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }
}
