package io.github.iconikopentext.opentext.cms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Argument checks and copies shared by the CMS value types. */
final class CmsChecks {
  private CmsChecks() {}

  /** An unmodifiable copy that, unlike {@link Map#copyOf}, keeps {@code null} values (they clear attributes). */
  static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  static Map<String, Map<String, Map<String, Object>>> copyTraits(Map<String, Map<String, Map<String, Object>>> t) {
    if (t == null) {
      return null;
    }
    Map<String, Map<String, Map<String, Object>>> out = new LinkedHashMap<>();
    t.forEach((trait, instances) -> {
      Map<String, Map<String, Object>> copied = new LinkedHashMap<>();
      if (instances != null) {
        instances.forEach((name, attributes) -> copied.put(name, copy(attributes)));
      }
      out.put(trait, Collections.unmodifiableMap(copied));
    });
    return Collections.unmodifiableMap(out);
  }

  static <T> List<T> copy(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }
}
