package io.github.iconikopentext.opentext.cms;

import io.github.iconikopentext.core.internal.Args;
import java.util.List;

/**
 * A full-text search ({@code POST /ft-query}). The body shape is UNCONFIRMED (no public sample shows it): the SDK
 * sends {@code {"query": …, "types": […]}} and reads the usual HAL {@code _embedded.collection} of instances.
 *
 * @param query the search text
 * @param types the type names to search, or an empty list for all
 * @param itemsPerPage the page size
 */
public record FullTextQuery(String query, List<String> types, int itemsPerPage) {
  public FullTextQuery {
    Args.requireText(query, "query");
    types = types == null ? List.of() : List.copyOf(types);
    if (itemsPerPage < 1 || itemsPerPage > InstanceQuery.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("itemsPerPage out of range: " + itemsPerPage);
    }
  }

  /** Searches every type, {@value InstanceQuery#DEFAULT_PAGE_SIZE} hits per page. */
  public static FullTextQuery of(String query) {
    return new FullTextQuery(query, List.of(), InstanceQuery.DEFAULT_PAGE_SIZE);
  }

  public FullTextQuery withTypes(List<String> typeNames) {
    return new FullTextQuery(query, typeNames, itemsPerPage);
  }
}
