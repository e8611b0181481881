package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.testkit.ManualClock;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A store's tests: fresh tables for each test, in the database a subclass names, and a clock the test moves. */
abstract class StoreContract {
  // Nanoseconds on purpose: the stores keep microseconds.
  static final Instant START = Instant.parse("2025-03-01T10:00:00.123456789Z");

  JdbcSchema schema;
  ManualClock clock;

  abstract DataSource dataSource();

  @BeforeEach
  void createTables() {
    schema = TestDatabases.migratedSchema(dataSource());
    clock = ManualClock.startingAt(START);
  }

  @AfterEach
  void dropTables() {
    if (schema != null) {
      TestDatabases.drop(schema);
    }
  }
}
