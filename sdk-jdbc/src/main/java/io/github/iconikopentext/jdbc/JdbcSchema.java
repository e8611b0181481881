package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.jdbc.internal.Jdbc;
import io.github.iconikopentext.jdbc.internal.Migrator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The shared stores' tables in one database: where they are (a {@link DataSource} and a table-name prefix) and how
 * they are created. Every store is built from a schema.
 *
 * <p>Tables are created only when asked: call {@link #migrate()} at deployment (or apply the SQL files in
 * {@code META-INF/iconik-opentext/sql/} of this jar yourself, replacing {@code ${prefix}}). Migration is idempotent
 * and records each applied script in the {@code <prefix>schema_version} table. {@code docs/scaling-out.md} describes
 * the tables.
 *
 * <p>The prefix is part of every table name, e.g. {@code iconik_transfer}; to put the tables in a database schema of
 * their own, name it in the JDBC URL (PostgreSQL: {@code currentSchema=...}). Immutable and thread-safe.
 */
public final class JdbcSchema {
  /** The table-name prefix of {@link #of(DataSource)}. */
  public static final String DEFAULT_PREFIX = "iconik_";

  // A plain identifier, short enough that the longest derived name (an index) stays within PostgreSQL's 63 bytes.
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

  private final DataSource dataSource;
  private final String tablePrefix;
  private final Jdbc jdbc;

  private JdbcSchema(DataSource dataSource, String tablePrefix) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
    this.tablePrefix = Objects.requireNonNull(tablePrefix, "tablePrefix == null");
    if (!PREFIX.matcher(tablePrefix).matches()) {
      throw new ConfigurationException("table prefix '" + tablePrefix + "' is not a plain SQL identifier: use up to"
          + " 40 letters, digits and underscores, not starting with a digit");
    }
    this.jdbc = new Jdbc(dataSource);
  }

  /** The tables named with {@link #DEFAULT_PREFIX} in {@code dataSource}. */
  public static JdbcSchema of(DataSource dataSource) {
    return new JdbcSchema(dataSource, DEFAULT_PREFIX);
  }

  /**
   * The tables named with {@code tablePrefix} in {@code dataSource}.
   *
   * @throws ConfigurationException if the prefix is not a plain identifier of at most 40 characters
   */
  public static JdbcSchema of(DataSource dataSource, String tablePrefix) {
    return new JdbcSchema(dataSource, tablePrefix);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String tablePrefix() {
    return tablePrefix;
  }

  /**
   * Creates the tables that are missing, applying each shipped script not yet recorded, in version order; safe to
   * call on every start and from several nodes at once (on PostgreSQL, migrators wait for each other).
   *
   * @return the versions applied by this call; empty when the database was up to date
   * @throws JdbcStoreException if a statement failed, or a recorded script differs from the shipped one
   */
  public List<Integer> migrate() {
    return new Migrator(jdbc, tablePrefix).migrate();
  }

  /** The script versions recorded as applied, in order; empty before the first {@link #migrate()}. */
  public List<Integer> appliedVersions() {
    return new Migrator(jdbc, tablePrefix).applied();
  }

  /** The full name of the table {@code name}, e.g. {@code iconik_transfer}. */
  String table(String name) {
    return tablePrefix + name;
  }

  Jdbc jdbc() {
    return jdbc;
  }

  @Override
  public String toString() {
    return "JdbcSchema(tablePrefix=" + tablePrefix + ")";
  }
}
