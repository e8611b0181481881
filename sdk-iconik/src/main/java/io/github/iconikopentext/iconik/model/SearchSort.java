package io.github.iconikopentext.iconik.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sort key of a search.
 *
 * @param name the field
 * @param order {@code asc} or {@code desc}
 */
public record SearchSort(String name, @Nullable String order) {

  public SearchSort {
    Objects.requireNonNull(name, "name == null");
    if (!"asc".equals(order) && !"desc".equals(order)) {
      throw new IllegalArgumentException("order must be asc or desc: " + order);
    }
  }

  public static SearchSort asc(String name) {
    return new SearchSort(name, "asc");
  }

  public static SearchSort desc(String name) {
    return new SearchSort(name, "desc");
  }
}
