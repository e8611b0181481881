package io.github.iconikopentext.jdbc;

import javax.sql.DataSource;

class PostgresAuditChainTest extends AuditChainContract {
  @Override
  DataSource dataSource() {
    return TestDatabases.postgres();
  }
}
