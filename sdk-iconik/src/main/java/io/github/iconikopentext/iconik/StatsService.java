package io.github.iconikopentext.iconik;

import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.RawTransport;
import io.github.iconikopentext.iconik.internal.StatsApi;
import io.github.iconikopentext.iconik.model.ActivityPeriod;
import io.github.iconikopentext.iconik.model.UserActivityCount;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * iconik's usage statistics: the user audit counts ({@code GET /API/stats/v1/user/audit/by/{period}/}, role
 * {@code can_read_stats}). Obtain it from {@link IconikClient#stats()}. Every method may throw the SDK's
 * {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 *
 * <p>Unconfirmed: the specification types {@code from_date} and {@code to_date} as plain strings; this service sends
 * ISO-8601 dates ({@code 2026-12-01}).
 */
public final class StatsService {
  private final StatsApi api;
  private final RawTransport transport;

  StatsService(StatsApi api, RawTransport transport) {
    this.api = api;
    this.transport = transport;
  }

  /**
   * How often each user did each kind of thing per {@code period}, between {@code from} and {@code to} (inclusive;
   * either may be {@code null} for no bound), lazily paged.
   */
  public PagedIterable<UserActivityCount> userActivity(ActivityPeriod period, LocalDate from, LocalDate to) {
    Objects.requireNonNull(period, "period == null");
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (from != null) {
      query.put("from_date", from.toString());
    }
    if (to != null) {
      query.put("to_date", to.toString());
    }
    return transport.linked(() -> api.userAudit(period.pathValue(), query), UserActivityCount.class);
  }
}
