package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class H2SchemaTest extends SchemaContract {
  private final DataSource h2 = TestDatabases.h2();

  @Override
  DataSource dataSource() {
    return h2;
  }

  @Test
  void unreachableDatabase_failsWithTheConnectionErrorAndNoPassword() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
    nowhere.setUser("sdk");
    nowhere.setPassword("s3cret-password");
    JdbcTransferStore store = new JdbcTransferStore(JdbcSchema.of(nowhere));

    assertThatThrownBy(() -> store.claim("tr-1", "w1", Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(JdbcStoreException.class, e -> assertThat(e.sqlState()).startsWith("08"))
        .hasMessageContaining("claim transfer tr-1 in iconik_transfer failed: SQLState 08")
        .hasMessageNotContaining("s3cret-password");
  }
}
