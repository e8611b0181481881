package io.github.iconikopentext.testkit.internal.iconik;

import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.core.json.Json;
import java.io.IOException;

/** JSON of the simulator: maps, lists, strings, numbers and booleans. Thread-safe. Not part of the API. */
public final class SimJson {
  private static final JsonAdapter<Object> ANY = Json.moshi().adapter(Object.class);

  private SimJson() {}

  /** Parses {@code text}; {@code null} for blank text. */
  public static Object parse(String text) throws IOException {
    return text == null || text.isBlank() ? null : ANY.fromJson(text);
  }

  public static String write(Object value) {
    return ANY.toJson(value);
  }
}
