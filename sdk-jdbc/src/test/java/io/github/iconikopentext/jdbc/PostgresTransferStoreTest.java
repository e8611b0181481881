package io.github.iconikopentext.jdbc;

import javax.sql.DataSource;

class PostgresTransferStoreTest extends TransferStoreContract {
  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }
}
