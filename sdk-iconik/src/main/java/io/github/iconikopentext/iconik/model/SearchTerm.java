package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One condition of a search filter on a field. Build with the factories. Immutable.
 *
 * @param name the field, e.g. {@code status} or a metadata field name
 * @param value the value the field must have
 * @param valueIn values of which the field must have one
 * @param exists {@code true}: the field must be set
 * @param missing {@code true}: the field must be unset
 */
public record SearchTerm(
    String name,
    @Nullable String value,
    @Json(name = "value_in") @Nullable List<String> valueIn,
    @Nullable Boolean exists,
    @Nullable Boolean missing) {

  public SearchTerm {
    Objects.requireNonNull(name, "name == null");
    valueIn = valueIn == null ? null : List.copyOf(valueIn);
  }

  /** {@code name} equals {@code value}. */
  public static SearchTerm equalTo(String name, String value) {
    return new SearchTerm(name, Objects.requireNonNull(value, "value == null"), null, null, null);
  }

  /** {@code name} equals one of {@code values}. */
  public static SearchTerm anyOf(String name, List<String> values) {
    return new SearchTerm(name, null, values, null, null);
  }

  /** {@code name} is set. */
  public static SearchTerm exists(String name) {
    return new SearchTerm(name, null, null, true, null);
  }

  /** {@code name} is not set. */
  public static SearchTerm missing(String name) {
    return new SearchTerm(name, null, null, null, true);
  }
}
