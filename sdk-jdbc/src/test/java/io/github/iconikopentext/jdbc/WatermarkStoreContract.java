package io.github.iconikopentext.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.integration.activity.Watermark;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

abstract class WatermarkStoreContract extends StoreContract {

  @Test
  void aWatermark_isReadBack_replaced_andSeparatedByScope() {
    JdbcWatermarkStore store = JdbcWatermarkStore.of(schema);
    assertThat(store.get("asset-1")).isEmpty();

    Instant first = Instant.parse("2026-12-05T10:00:00.123456Z");
    store.put("asset-1", new Watermark(first, Set.of("h1", "h2")));
    assertThat(store.get("asset-1")).contains(new Watermark(first, Set.of("h1", "h2")));

    Instant later = first.plusMillis(5);
    store.put("asset-1", new Watermark(later, Set.of("h3")));
    assertThat(store.get("asset-1")).contains(new Watermark(later, Set.of("h3")));

    assertThat(JdbcWatermarkStore.of(schema, "other-trail").get("asset-1")).isEmpty();
    assertThat(JdbcWatermarkStore.of(schema).get("asset-2")).isEmpty();
  }

  @Test
  void aNewStoreOnTheSameTable_seesTheWatermark_asARestartedCollectorWould() {
    Instant t = Instant.parse("2026-12-05T10:00:00Z");
    JdbcWatermarkStore.of(schema).put("asset-1", new Watermark(t, Set.of()));

    assertThat(JdbcWatermarkStore.of(JdbcSchema.of(dataSource(), schema.tablePrefix())).get("asset-1"))
        .contains(new Watermark(t, Set.of()));
  }
}
