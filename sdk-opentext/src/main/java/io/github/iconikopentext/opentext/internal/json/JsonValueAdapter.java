package io.github.iconikopentext.opentext.internal.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads free-form JSON ({@code Object}, e.g. CMS properties and trait attributes) keeping integers as {@link Long}
 * instead of Moshi's default {@link Double}, so that an integer attribute written as {@code 3} reads back as
 * {@code 3L}, and long ids do not lose precision. Fractions stay {@link Double}. Writing is Moshi's own, except that a
 * {@code null} value inside free-form JSON is written (it clears an attribute in a PATCH). Not part of the API.
 */
public final class JsonValueAdapter extends JsonAdapter<Object> {
  public static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      return type == Object.class && annotations.isEmpty()
          ? new JsonValueAdapter(moshi.nextAdapter(this, Object.class, annotations))
          : null;
    }
  };

  private final JsonAdapter<Object> writer;

  private JsonValueAdapter(JsonAdapter<Object> writer) {
    this.writer = writer;
  }

  /** The OpenText client's Moshi ({@link OpenTextJson#moshi()}), which includes this adapter. */
  public static Moshi moshi() {
    return OpenTextJson.moshi();
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          map.put(reader.nextName(), fromJson(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(fromJson(reader));
        }
        reader.endArray();
        return list;
      }
      case NUMBER -> {
        return number(reader.nextString());
      }
      case STRING -> {
        return reader.nextString();
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new JsonDataException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static Object number(String text) {
    if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException tooLarge) {
        return new BigDecimal(text).doubleValue();
      }
    }
    return Double.parseDouble(text);
  }

  @Override
  public void toJson(JsonWriter out, Object value) throws IOException {
    if (value == null) {
      // An explicit null in free-form JSON means "clear this attribute": write it even where nulls are omitted.
      boolean serializeNulls = out.getSerializeNulls();
      out.setSerializeNulls(true);
      out.nullValue();
      out.setSerializeNulls(serializeNulls);
      return;
    }
    writer.toJson(out, value);
  }
}
