package io.github.iconikopentext.jdbc.internal;

import io.github.iconikopentext.jdbc.JdbcStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs the stores' statements: one pooled connection per operation, SQL failures turned into
 * {@link JdbcStoreException}s that name the operation, instants stored as UTC timestamps. Thread-safe.
 */
public final class Jdbc {

  /** Work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  // PostgreSQL's undefined_table; H2's table not found (42S04: in an empty database).
  private static final Set<String> MISSING_TABLE_STATES = Set.of("42P01", "42S02", "42S04");

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
  }

  /** Runs {@code work} with auto-commit on, so each statement commits on its own. */
  public <T> T autoCommit(String operation, Work<T> work) {
    return withConnection(operation, true, work);
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T transaction(String operation, Work<T> work) {
    return withConnection(operation, false, c -> {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      }
    });
  }

  /** Runs {@code work} on a pooled connection in the given auto-commit mode, and hands it back as it was. */
  private <T> T withConnection(String operation, boolean autoCommit, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean previous = c.getAutoCommit();
      if (previous != autoCommit) {
        c.setAutoCommit(autoCommit);
      }
      try {
        return work.run(c);
      } finally {
        if (previous != autoCommit) {
          c.setAutoCommit(previous);
        }
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /** Prepares {@code sql} and binds {@code params} in order; {@link Instant}s become UTC timestamps. */
  public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    bind(ps, params);
    return ps;
  }

  /** Executes an INSERT, UPDATE or DELETE and returns the number of rows it changed. */
  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      ps.setObject(i + 1, p instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : p);
    }
  }

  /** The instant in column {@code column}, or {@code null}. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /**
   * {@code t} at the precision the databases keep (PostgreSQL keeps microseconds), so that what a store returns
   * equals what it later reads back.
   */
  public static Instant storable(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }

  /** A {@link JdbcStoreException} naming {@code operation} and the SQLState, with a hint for a missing table. */
  public static JdbcStoreException failure(String operation, SQLException e) {
    String state = e.getSQLState();
    StringBuilder m = new StringBuilder(operation).append(" failed: SQLState ").append(state);
    String driverMessage = e.getMessage();
    if (driverMessage != null) {
      m.append(" (").append(firstLine(driverMessage)).append(')');
    }
    if (MISSING_TABLE_STATES.contains(state)) {
      m.append("; the table is missing: run JdbcSchema.migrate() or apply the SQL in META-INF/iconik-opentext/sql");
    }
    return new JdbcStoreException(m.toString(), e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() <= 300 ? line.strip() : line.substring(0, 300).strip() + "…";
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
