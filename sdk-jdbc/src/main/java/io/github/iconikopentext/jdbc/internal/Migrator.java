package io.github.iconikopentext.jdbc.internal;

import io.github.iconikopentext.jdbc.JdbcStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the SQL scripts shipped in {@code META-INF/iconik-opentext/sql} that a database lacks, recording each in
 * the {@code schema_version} table with its checksum. Row 0 of that table is a lock row: migrators lock it, so on
 * PostgreSQL (transactional DDL) concurrent migrations are serialised and each script is applied exactly once.
 * Thread-safe.
 */
public final class Migrator {
  private static final Logger log = LoggerFactory.getLogger(Migrator.class);

  /** Where the scripts live in the jar. */
  public static final String SCRIPT_FOLDER = "META-INF/iconik-opentext/sql/";

  /** A shipped script. */
  record Script(int version, String description, String resource) {}

  // In version order. A script never changes once released: a change is a new script.
  static final List<Script> SCRIPTS = List.of(new Script(1, "shared stores", "V1__shared_stores.sql"),
      new Script(2, "activity watermarks", "V2__activity_watermark.sql"));

  private static final int LOCK_ROW = 0;

  private final Jdbc jdbc;
  private final String prefix;
  private final String versionTable;

  public Migrator(Jdbc jdbc, String prefix) {
    this.jdbc = jdbc;
    this.prefix = prefix;
    this.versionTable = prefix + "schema_version";
  }

  /** Applies the missing scripts; returns the versions applied by this call, in order. */
  public List<Integer> migrate() {
    jdbc.autoCommit("create " + versionTable, c -> {
      createVersionTable(c);
      Jdbc.update(c, "INSERT INTO " + versionTable + " (version, description, checksum, applied_at) "
          + "VALUES (?, 'lock row for concurrent migrations', '-', ?) ON CONFLICT DO NOTHING", LOCK_ROW, Instant.now());
      return null;
    });
    return jdbc.transaction("migrate tables with prefix '" + prefix + "'", c -> {
      try (PreparedStatement lock = Jdbc.prepare(c,
          "SELECT version FROM " + versionTable + " WHERE version = ? FOR UPDATE", LOCK_ROW)) {
        lock.executeQuery().close();
      }
      Map<Integer, String> applied = checksums(c);
      List<Integer> appliedNow = new ArrayList<>();
      for (Script script : SCRIPTS) {
        String text = read(script);
        String checksum = sha256(text);
        String recorded = applied.get(script.version());
        if (recorded == null) {
          apply(c, script, text, checksum);
          appliedNow.add(script.version());
        } else if (!recorded.equals(checksum)) {
          throw new JdbcStoreException("migration V" + script.version() + " recorded in " + versionTable
              + " has checksum " + recorded + " but the shipped script has " + checksum
              + ": the database was migrated by a different build of sdk-jdbc");
        }
      }
      return appliedNow;
    });
  }

  /** The versions recorded as applied, in order; empty when the version table does not exist yet. */
  public List<Integer> applied() {
    return jdbc.autoCommit("read " + versionTable, c -> {
      if (!tableExists(c, versionTable)) {
        return List.of();
      }
      return List.copyOf(checksums(c).keySet());
    });
  }

  private void createVersionTable(Connection c) throws SQLException {
    String ddl = "CREATE TABLE IF NOT EXISTS " + versionTable + " (version INTEGER NOT NULL, "
        + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
        + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT " + versionTable + "_pk PRIMARY KEY (version))";
    try (Statement s = c.createStatement()) {
      s.execute(ddl);
    } catch (SQLException e) {
      // PostgreSQL's IF NOT EXISTS is not atomic: a concurrent migrator may create the table between its check and
      // its insert into the catalogue. Then the table exists, which is all that is needed.
      if (!tableExists(c, versionTable)) {
        throw e;
      }
    }
  }

  private void apply(Connection c, Script script, String text, String checksum) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements(text, prefix)) {
        s.execute(statement);
      }
    }
    Jdbc.update(c, "INSERT INTO " + versionTable + " (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)",
        script.version(), script.description(), checksum, Instant.now());
    log.info("applied migration V{} ({}) with table prefix '{}'", script.version(), script.description(), prefix);
  }

  private Map<Integer, String> checksums(Connection c) throws SQLException {
    Map<Integer, String> result = new TreeMap<>();
    try (PreparedStatement ps = Jdbc.prepare(c,
            "SELECT version, checksum FROM " + versionTable + " WHERE version > ?", LOCK_ROW);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        result.put(rs.getInt(1), rs.getString(2));
      }
    }
    return result;
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    // Unquoted identifiers are folded to lower case by PostgreSQL and to upper case by H2: try both.
    for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The statements of {@code script} with {@code ${prefix}} replaced: comment lines dropped, split at semicolons. */
  static List<String> statements(String script, String prefix) {
    StringBuilder sql = new StringBuilder();
    script.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> sql.append(line).append('\n'));
    List<String> result = new ArrayList<>();
    for (String statement : sql.toString().replace("${prefix}", prefix).split(";")) {
      if (!statement.isBlank()) {
        result.add(statement.strip());
      }
    }
    return result;
  }

  static String read(Script script) {
    String resource = SCRIPT_FOLDER + script.resource();
    try (InputStream in = Migrator.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("migration script " + resource + " is missing from the sdk-jdbc jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration script " + resource, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
