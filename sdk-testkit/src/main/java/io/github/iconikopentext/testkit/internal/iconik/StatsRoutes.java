package io.github.iconikopentext.testkit.internal.iconik;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Usage statistics (iconik's stats service): the user audit counts, derived from the asset history the simulator
 * records — one row per user, operation type and day ({@code day}, {@code day_detailed}) or month ({@code month}),
 * filtered by {@code from_date}/{@code to_date} (ISO dates, inclusive) and page-numbered. Not part of the API.
 */
final class StatsRoutes {
  static final String USER_NAME = "Simulator User";
  static final String USER_EMAIL = "simulator.user@example.com";

  private final SimState s;

  private StatsRoutes(SimState state) {
    this.s = state;
  }

  static void register(Routes routes, SimState state) {
    routes.add("GET", "/API/stats/v1/user/audit/by/([^/]+)/", new StatsRoutes(state)::userAudit);
  }

  private SimResponse userAudit(SimRequest r) {
    String period = r.param(1);
    if (!List.of("month", "day", "day_detailed").contains(period)) {
      return SimResponse.error(400, "Unknown period " + period);
    }
    LocalDate from;
    LocalDate to;
    try {
      from = date(r.query().get("from_date"));
      to = date(r.query().get("to_date"));
    } catch (DateTimeParseException e) {
      return SimResponse.fieldError("from_date", "Not a valid date.");
    }
    Map<String, Map<String, Object>> rows = new TreeMap<>();
    for (List<Map<String, Object>> entries : s.history.values()) {
      for (Map<String, Object> entry : entries) {
        LocalDate day = LocalDate.parse(String.valueOf(entry.get("date_created")).substring(0, 10));
        if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
          continue;
        }
        String date = period.equals("month") ? day.toString().substring(0, 7) : day.toString();
        String key = date + "/" + entry.get("user_id") + "/" + entry.get("operation_type");
        Map<String, Object> row = rows.computeIfAbsent(key, k -> row(entry, date));
        row.put("count", ((Long) row.get("count")) + 1);
      }
    }
    return Pagination.page(r, new ArrayList<>(rows.values()), 1000);
  }

  private Map<String, Object> row(Map<String, Object> entry, String date) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", s.newId());
    row.put("user_id", entry.get("user_id"));
    row.put("user_name", USER_NAME);
    row.put("user_email", USER_EMAIL);
    row.put("type", entry.get("operation_type"));
    row.put("date", date);
    row.put("count", 0L);
    row.put("system_domain_id", s.systemDomainId);
    return row;
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text);
  }
}
