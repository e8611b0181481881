package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.integration.transfer.TransferStore.Claim;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every database must do for {@link JdbcSchema}'s migration; subclasses name the database. */
abstract class SchemaContract {
  final List<JdbcSchema> created = new ArrayList<>();

  abstract DataSource dataSource();

  JdbcSchema schema() {
    JdbcSchema schema = JdbcSchema.of(dataSource(), TestDatabases.uniquePrefix());
    created.add(schema);
    return schema;
  }

  @AfterEach
  void dropTables() {
    created.forEach(TestDatabases::drop);
  }

  @Test
  void migrate_onAnEmptyDatabase_appliesEveryScriptAndRecordsIt() {
    JdbcSchema schema = schema();
    assertThat(schema.appliedVersions()).isEmpty();

    assertThat(schema.migrate()).containsExactly(1, 2);

    assertThat(schema.appliedVersions()).containsExactly(1, 2);
    assertThat(new JdbcTransferStore(schema).claim("tr-1", "w1", Duration.ofMinutes(1)))
        .isInstanceOf(Claim.Granted.class);
  }

  @Test
  void migrate_again_appliesNothingAndKeepsTheData() {
    JdbcSchema schema = schema();
    schema.migrate();
    new JdbcTransferStore(schema).claim("tr-1", "w1", Duration.ofMinutes(1));

    assertThat(schema.migrate()).isEmpty();

    assertThat(new JdbcTransferStore(schema).claim("tr-1", "w2", Duration.ofMinutes(1)))
        .isInstanceOf(Claim.Held.class);
  }

  @Test
  void schemasWithDifferentPrefixes_areIndependent() {
    JdbcSchema a = schema();
    JdbcSchema b = schema();
    a.migrate();
    b.migrate();
    new JdbcTransferStore(a).claim("tr-1", "w1", Duration.ofMinutes(1));

    assertThat(new JdbcTransferStore(b).claim("tr-1", "w2", Duration.ofMinutes(1)))
        .isInstanceOf(Claim.Granted.class);
  }

  @Test
  void migrate_whenTheRecordedScriptDiffersFromTheShippedOne_fails() throws SQLException {
    JdbcSchema schema = schema();
    schema.migrate();
    execute("UPDATE " + schema.table("schema_version") + " SET checksum = 'edited' WHERE version = 1");

    assertThatThrownBy(schema::migrate)
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("migration V1")
        .hasMessageContaining("checksum edited");
  }

  @Test
  void storeOnTablesNotYetCreated_failsNamingTheOperationAndTheRemedy() {
    JdbcTransferStore store = new JdbcTransferStore(schema());

    assertThatThrownBy(() -> store.claim("tr-1", "w1", Duration.ofMinutes(1)))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("claim transfer tr-1")
        .hasMessageContaining("run JdbcSchema.migrate()");
  }

  @Test
  void tablePrefix_thatIsNotAPlainIdentifier_isRefused() {
    DataSource dataSource = dataSource(); // outside the lambdas: a skipped database must skip the test, not fail it
    for (String prefix : List.of("", "1abc_", "iconik-", "x; DROP TABLE y; --", "a".repeat(41))) {
      assertThatThrownBy(() -> JdbcSchema.of(dataSource, prefix))
          .as(prefix)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("not a plain SQL identifier");
    }
    assertThat(JdbcSchema.of(dataSource).tablePrefix()).isEqualTo("iconik_");
  }

  void execute(String sql) throws SQLException {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
