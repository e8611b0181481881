package io.github.iconikopentext.integration.mapping.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One direction's enum table: source value → target value, and what to do with a value the table lacks —
 * use {@link #fallback()} (reported as a warning) or, when it is {@code null}, reject the value (an error).
 * Immutable; keeps the spec's order so messages list values as the spec does.
 *
 * @param values the table, unmodifiable
 * @param fallback the value to use for an unknown source value, or {@code null} to reject it
 */
record EnumTable(Map<String, String> values, String fallback) {
  private static final int LISTED_IN_MESSAGES = 10;

  EnumTable {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  String lookup(String value) {
    return values.get(value);
  }

  /** The source values for a message: {@code [A, B, C]}, cut after ten. */
  String sourceValues() {
    StringBuilder listed = new StringBuilder("[");
    int count = 0;
    for (String value : values.keySet()) {
      if (count == LISTED_IN_MESSAGES) {
        listed.append(", … ").append(values.size() - count).append(" more");
        break;
      }
      listed.append(count++ == 0 ? "" : ", ").append(value);
    }
    return listed.append(']').toString();
  }
}
