package io.github.iconikopentext.opentext.cms;

import org.jspecify.annotations.Nullable;

/**
 * Options of a CMS list: {@code filter} (e.g. {@code name eq 'x' and parent_folder_id eq 'y'}), {@code sortby}
 * (e.g. {@code create_time desc}), page size ({@code items-per-page}) and whether to ask for the total
 * ({@code include-total=true}). Immutable; start from {@link #all()} and use the {@code with…} methods.
 *
 * @param filter the CMS filter expression, or {@code null}
 * @param sortBy the sort expression, or {@code null}
 * @param itemsPerPage the page size, 1–{@value #MAX_PAGE_SIZE}
 * @param includeTotal whether the server should count all matches
 */
public record InstanceQuery(@Nullable String filter, @Nullable String sortBy, int itemsPerPage, boolean includeTotal) {
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 1000;

  public InstanceQuery {
    if (itemsPerPage < 1 || itemsPerPage > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("itemsPerPage must be within 1.." + MAX_PAGE_SIZE + ": " + itemsPerPage);
    }
  }

  /** Everything, {@value #DEFAULT_PAGE_SIZE} per page, with the total. */
  public static InstanceQuery all() {
    return new InstanceQuery(null, null, DEFAULT_PAGE_SIZE, true);
  }

  /** Instances matching {@code filter}. */
  public static InstanceQuery filter(String filter) {
    return all().withFilter(filter);
  }

  public InstanceQuery withFilter(String expression) {
    return new InstanceQuery(expression, sortBy, itemsPerPage, includeTotal);
  }

  public InstanceQuery withSortBy(String expression) {
    return new InstanceQuery(filter, expression, itemsPerPage, includeTotal);
  }

  public InstanceQuery withItemsPerPage(int size) {
    return new InstanceQuery(filter, sortBy, size, includeTotal);
  }

  public InstanceQuery withIncludeTotal(boolean include) {
    return new InstanceQuery(filter, sortBy, itemsPerPage, include);
  }
}
