package io.github.iconikopentext.iconik.model;

import java.util.List;
import java.util.Objects;

/**
 * A search filter: terms and nested filters joined by {@code AND} or {@code OR}. Immutable.
 *
 * @param operator {@code AND} or {@code OR}
 * @param terms the conditions
 * @param filters nested filters
 */
public record SearchFilter(String operator, List<SearchTerm> terms, List<SearchFilter> filters) {

  public SearchFilter {
    Objects.requireNonNull(operator, "operator == null");
    if (!operator.equals("AND") && !operator.equals("OR")) {
      throw new IllegalArgumentException("operator must be AND or OR: " + operator);
    }
    terms = List.copyOf(Objects.requireNonNull(terms, "terms == null"));
    filters = List.copyOf(Objects.requireNonNull(filters, "filters == null"));
  }

  /** All of {@code terms} must hold. */
  public static SearchFilter and(SearchTerm... terms) {
    return new SearchFilter("AND", List.of(terms), List.of());
  }

  /** One of {@code terms} must hold. */
  public static SearchFilter or(SearchTerm... terms) {
    return new SearchFilter("OR", List.of(terms), List.of());
  }

  /** A copy that also requires {@code nested} (joined by this filter's operator). */
  public SearchFilter with(SearchFilter nested) {
    List<SearchFilter> all = new java.util.ArrayList<>(filters);
    all.add(Objects.requireNonNull(nested, "nested == null"));
    return new SearchFilter(operator, terms, all);
  }
}
