package io.github.iconikopentext.integration.mapping.internal;

import java.util.Map;

/**
 * One direction's enum table: source value → target value, and what to do with a value the table lacks —
 * use {@link #fallback()} (reported as a warning) or, when it is {@code null}, reject the value (an error).
 * Immutable.
 *
 * @param values the table, unmodifiable
 * @param fallback the value to use for an unknown source value, or {@code null} to reject it
 */
record EnumTable(Map<String, String> values, String fallback) {

  EnumTable {
    values = Map.copyOf(values);
  }

  String lookup(String value) {
    return values.get(value);
  }
}
