package io.github.iconikopentext.testkit.internal.iconik;

import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.core.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of the simulator: maps, lists, strings, numbers and booleans. Whole numbers are kept as {@link Long} so they
 * are written back as integers ({@code 2}, not {@code 2.0}), as iconik's integer fields require. Thread-safe. Not
 * part of the API.
 */
public final class SimJson {
  private static final JsonAdapter<Object> ANY = Json.moshi().adapter(Object.class);
  private static final double EXACT_LONG = 9.007199254740992E15;

  private SimJson() {}

  /** Parses {@code text}; {@code null} for blank text. */
  public static Object parse(String text) throws IOException {
    return text == null || text.isBlank() ? null : wholeNumbersAsLongs(ANY.fromJson(text));
  }

  public static String write(Object value) {
    return ANY.toJson(value);
  }

  private static Object wholeNumbersAsLongs(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < EXACT_LONG) {
      return d.longValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, wholeNumbersAsLongs(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(wholeNumbersAsLongs(v)));
      return out;
    }
    return value;
  }
}
