package io.github.iconikopentext.iconik.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant copies for record components: the live API sends {@code null} where the spec promises a list. */
final class Nulls {
  private Nulls() {}

  /** An unmodifiable copy, empty for {@code null}; {@code null} elements are kept (the JSON may contain them). */
  static <T> List<T> list(List<T> list) {
    return list == null || list.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** An unmodifiable copy that keeps insertion order, empty for {@code null}. */
  static <K, V> Map<K, V> map(Map<K, V> map) {
    return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** The map with every value masked, for {@code toString()} of types whose map values may be secrets. */
  static String maskedValues(Map<String, String> map) {
    if (map.isEmpty()) {
      return "{}";
    }
    StringBuilder sb = new StringBuilder("{");
    map.keySet().forEach(k -> sb.append(sb.length() > 1 ? ", " : "").append(k).append("=****"));
    return sb.append('}').toString();
  }
}
