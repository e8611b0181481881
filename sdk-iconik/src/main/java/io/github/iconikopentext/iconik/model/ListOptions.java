package io.github.iconikopentext.iconik.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Page size and sort order of a paged list. Immutable.
 *
 * @param perPage items per page, or {@code null} for the endpoint's default (iconik's is usually 10)
 * @param sort iconik's sort expression, e.g. {@code date_created} (endpoint-specific), or {@code null}
 */
public record ListOptions(@Nullable Integer perPage, @Nullable String sort) {
  private static final ListOptions DEFAULTS = new ListOptions(null, null);

  public ListOptions {
    if (perPage != null && (perPage < 1 || perPage > 1000)) {
      throw new IllegalArgumentException("perPage must be within 1..1000: " + perPage);
    }
  }

  /** The endpoint's defaults. */
  public static ListOptions defaults() {
    return DEFAULTS;
  }

  /** {@code n} items per page. */
  public static ListOptions perPage(int n) {
    return new ListOptions(n, null);
  }

  /** A copy sorted by {@code expression}. */
  public ListOptions withSort(String expression) {
    return new ListOptions(perPage, expression);
  }

  /** The query parameters these options send. */
  public Map<String, String> asQuery() {
    Map<String, String> query = new LinkedHashMap<>();
    if (perPage != null) {
      query.put("per_page", perPage.toString());
    }
    if (sort != null) {
      query.put("sort", sort);
    }
    return query;
  }
}
