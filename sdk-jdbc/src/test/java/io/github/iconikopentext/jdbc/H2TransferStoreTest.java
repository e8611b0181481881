package io.github.iconikopentext.jdbc;

import javax.sql.DataSource;

class H2TransferStoreTest extends TransferStoreContract {
  private final DataSource h2 = TestDatabases.h2();

  @Override
  DataSource dataSource() {
    return h2;
  }
}
