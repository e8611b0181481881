package io.github.iconikopentext.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import javax.sql.ConnectionPoolDataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The databases the tests run on: H2 in PostgreSQL mode (always) and a real PostgreSQL, reached through the JDBC URL
 * in the environment variable {@value #POSTGRES_URL_VARIABLE} ({@code .ci/run} starts a throwaway server and sets it).
 */
final class TestDatabases {
  static final String POSTGRES_URL_VARIABLE = "SDK_JDBC_POSTGRES_URL";

  // More than the most threads a test runs, fewer than PostgreSQL's default 100 connections.
  private static final int POOL_SIZE = 24;

  private static final AtomicInteger counter = new AtomicInteger();

  private TestDatabases() {}

  /** A fresh, empty in-memory H2 database in PostgreSQL mode. */
  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:sdkjdbc" + counter.incrementAndGet()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    return pooled(ds);
  }

  /** A small connection pool, as applications use: the stores take one connection per operation. */
  static DataSource pooled(ConnectionPoolDataSource ds) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(ds);
    pool.setMaxConnections(POOL_SIZE);
    return pool;
  }

  /**
   * The PostgreSQL server named by {@value #POSTGRES_URL_VARIABLE}; the calling test is skipped, saying why, when the
   * variable is not set or the server cannot be reached.
   */
  static DataSource postgres() {
    assumeTrue(Postgres.REASON_UNAVAILABLE == null, Postgres.REASON_UNAVAILABLE);
    return Postgres.DATA_SOURCE;
  }

  /** Connects once per test run. */
  private static final class Postgres {
    static final DataSource DATA_SOURCE;
    static final String REASON_UNAVAILABLE;

    static {
      String url = System.getenv(POSTGRES_URL_VARIABLE);
      PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
      String reason = null;
      if (url == null || url.isBlank()) {
        reason = "PostgreSQL tests skipped: " + POSTGRES_URL_VARIABLE + " is not set (.ci/run starts a local"
            + " PostgreSQL and sets it, e.g. jdbc:postgresql://127.0.0.1:5432/db?user=u)";
      } else {
        ds.setURL(url);
        try (Connection c = ds.getConnection()) {
          c.isValid(5);
        } catch (SQLException e) {
          reason = "PostgreSQL tests skipped: cannot connect to the server named by " + POSTGRES_URL_VARIABLE
              + ": SQLState " + e.getSQLState() + " " + e.getMessage();
        }
      }
      DATA_SOURCE = pooled(ds);
      REASON_UNAVAILABLE = reason;
    }
  }

  /** A schema with a table prefix no other test uses, migrated. */
  static JdbcSchema migratedSchema(DataSource ds) {
    JdbcSchema schema = JdbcSchema.of(ds, uniquePrefix());
    schema.migrate();
    return schema;
  }

  static String uniquePrefix() {
    return "t" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet() + "_";
  }

  /** Drops the tables of {@code schema}, so that tests leave a shared PostgreSQL as they found it. */
  static void drop(JdbcSchema schema) {
    try (Connection c = schema.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : new String[] {"replay_guard", "transfer", "audit_event", "audit_head", "activity_watermark",
          "schema_version"}) {
        s.execute("DROP TABLE IF EXISTS " + schema.table(table));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop the test tables of " + schema, e);
    }
  }
}
