package io.github.iconikopentext.jdbc;

import io.github.iconikopentext.integration.activity.Watermark;
import io.github.iconikopentext.integration.activity.WatermarkStore;
import io.github.iconikopentext.jdbc.internal.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link WatermarkStore} in the {@code <prefix>activity_watermark} table, shared by every
 * {@link io.github.iconikopentext.integration.activity.ActivityCollector} on the same database: a collector that
 * restarts, or another node, continues each asset's history where the last one stopped.
 *
 * <p>{@link #put} updates the row, or inserts it ({@code INSERT … ON CONFLICT DO NOTHING}) if there is none. The scope separates
 * collectors that feed different audit trails from one table. Thread-safe; each call uses one pooled connection and
 * throws {@link JdbcStoreException} when the database fails. Create the table first with {@link JdbcSchema#migrate()}.
 */
public final class JdbcWatermarkStore implements WatermarkStore {
  private static final int MAX_SCOPE_LENGTH = 100;
  private static final int MAX_IDS_LENGTH = 8000;

  private final Jdbc jdbc;
  private final String table;
  private final String scope;

  private JdbcWatermarkStore(JdbcSchema schema, String scope) {
    this.jdbc = schema.jdbc();
    this.table = schema.table("activity_watermark");
    Objects.requireNonNull(scope, "scope == null");
    if (scope.isEmpty() || scope.length() > MAX_SCOPE_LENGTH) {
      throw new IllegalArgumentException("scope must be 1 to " + MAX_SCOPE_LENGTH + " characters: '" + scope + "'");
    }
    this.scope = scope;
  }

  /** A store in {@code schema}'s watermark table, scope {@code iconik}. */
  public static JdbcWatermarkStore of(JdbcSchema schema) {
    return of(schema, "iconik");
  }

  /** A store in {@code schema}'s watermark table for collectors of {@code scope}. */
  public static JdbcWatermarkStore of(JdbcSchema schema, String scope) {
    return new JdbcWatermarkStore(Objects.requireNonNull(schema, "schema == null"), scope);
  }

  @Override
  public Optional<Watermark> get(String assetId) {
    Objects.requireNonNull(assetId, "assetId == null");
    return jdbc.autoCommit("read the watermark of asset " + assetId + " from " + table, c -> {
      try (PreparedStatement ps = Jdbc.prepare(c, "SELECT watermark_time, ids_at_time FROM " + table
          + " WHERE scope = ? AND asset_id = ?", scope, assetId); ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String ids = rs.getString("ids_at_time");
        return Optional.of(new Watermark(Jdbc.instant(rs, "watermark_time"),
            ids.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(ids.split(",")))));
      }
    });
  }

  /**
   * Stores the watermark. Its time is kept to the microsecond (iconik's precision).
   *
   * @throws IllegalArgumentException if its ids take more than 8000 characters (some 220 entries at one instant)
   */
  @Override
  public void put(String assetId, Watermark watermark) {
    Objects.requireNonNull(assetId, "assetId == null");
    String ids = String.join(",", new TreeSet<>(watermark.idsAtTime()));
    if (ids.length() > MAX_IDS_LENGTH) {
      throw new IllegalArgumentException("the watermark of asset " + assetId + " lists " + watermark.idsAtTime().size()
          + " history ids at one instant, more than the " + MAX_IDS_LENGTH + " characters the table holds");
    }
    Instant time = Jdbc.storable(watermark.time());
    String update = "UPDATE " + table + " SET watermark_time = ?, ids_at_time = ? WHERE scope = ? AND asset_id = ?";
    jdbc.autoCommit("store the watermark of asset " + assetId + " in " + table, c -> {
      // Update, else insert; a concurrent first insert makes ours a no-op, and the update after it then applies.
      if (Jdbc.update(c, update, time, ids, scope, assetId) == 0
          && Jdbc.update(c, "INSERT INTO " + table + " (scope, asset_id, watermark_time, ids_at_time) "
              + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", scope, assetId, time, ids) == 0) {
        Jdbc.update(c, update, time, ids, scope, assetId);
      }
      return null;
    });
  }

  @Override
  public String toString() {
    return "JdbcWatermarkStore[" + table + ", scope=" + scope + "]";
  }
}
