package io.github.iconikopentext.core.json.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads enums that declare an {@code UNKNOWN} constant leniently: a value the enum does not know becomes
 * {@code UNKNOWN}. Enums without it keep Moshi's strict behaviour. Not part of the API.
 */
public final class UnknownEnumFallbackFactory implements JsonAdapter.Factory {
  static final String FALLBACK = "UNKNOWN";

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Class<?> raw = Types.getRawType(type);
    if (!raw.isEnum()) {
      return null;
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    JsonAdapter<?> adapter = forEnum((Class) raw);
    return adapter;
  }

  private static <E extends Enum<E>> JsonAdapter<E> forEnum(Class<E> type) {
    E fallback = null;
    Map<String, E> byName = new HashMap<>();
    Map<E, String> names = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      String name = jsonName(type, constant);
      byName.put(name, constant);
      names.put(constant, name);
      if (constant.name().equals(FALLBACK)) {
        fallback = constant;
      }
    }
    if (fallback == null) {
      return null;
    }
    E unknown = fallback;
    return new JsonAdapter<E>() {
      @Override
      public E fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
          return reader.nextNull();
        }
        String value = reader.nextString();
        E constant = byName.get(value);
        return constant != null ? constant : unknown;
      }

      @Override
      public void toJson(JsonWriter writer, E value) throws IOException {
        if (value == null) {
          writer.nullValue();
        } else {
          writer.value(names.get(value));
        }
      }

      @Override
      public String toString() {
        return "JsonAdapter(" + type.getName() + ", UNKNOWN fallback)";
      }
    };
  }

  private static <E extends Enum<E>> String jsonName(Class<E> type, E constant) {
    try {
      Json json = type.getField(constant.name()).getAnnotation(Json.class);
      return json != null ? json.name() : constant.name();
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }
}
