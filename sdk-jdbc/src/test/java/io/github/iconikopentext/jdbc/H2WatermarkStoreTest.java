package io.github.iconikopentext.jdbc;

import javax.sql.DataSource;

class H2WatermarkStoreTest extends WatermarkStoreContract {
  private final DataSource h2 = TestDatabases.h2();

  @Override
  DataSource dataSource() {
    return h2;
  }
}
