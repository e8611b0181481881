package io.github.iconikopentext.iconik.webhook.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * iconik's metadata wire shape, {@code {"<field>": {"field_values": [{"value": …}], "mode": "…"}}}, read from a
 * parsed JSON tree. Whole numbers become {@link Long} (Moshi parses every number as a double), fractions stay
 * {@link Double}; a nested object or array value is kept as its JSON text rather than dropped.
 */
public final class MetadataValuesJson {
  static final JsonAdapter<MetadataValues> ADAPTER = new JsonAdapter<MetadataValues>() {
    @Override
    public MetadataValues fromJson(JsonReader reader) throws IOException {
      return fromTree(reader.readJsonValue(), reader.getPath());
    }

    @Override
    public void toJson(JsonWriter writer, MetadataValues values) throws IOException {
      writer.beginObject();
      for (String field : values.fields()) {
        writer.name(field).beginObject().name("field_values").beginArray();
        for (Object value : values.values(field)) {
          writer.beginObject().name("value");
          writer.jsonValue(value);
          writer.endObject();
        }
        writer.endArray().name("mode").value(values.mode(field).wireName()).endObject();
      }
      writer.endObject();
    }
  }.nullSafe();

  /** Doubles beyond this are no longer exact integers. */
  private static final double EXACT_INTEGER_LIMIT = 0x1p53;

  private MetadataValuesJson() {}

  /**
   * @param tree the parsed {@code metadata_values} member, or {@code null}
   * @param path where it was found, for the error message
   * @throws JsonDataException when it is not an object of fields
   */
  public static MetadataValues fromTree(Object tree, String path) {
    if (tree == null) {
      return MetadataValues.empty();
    }
    if (!(tree instanceof Map<?, ?> fields)) {
      throw new JsonDataException("expected an object of metadata fields at path " + path);
    }
    MetadataValues.Builder builder = MetadataValues.builder();
    for (Map.Entry<?, ?> entry : fields.entrySet()) {
      String field = String.valueOf(entry.getKey());
      Object spec = entry.getValue();
      if (spec instanceof Map<?, ?> specMap) {
        builder.putAll(field, values(specMap.get("field_values")));
        MetadataValues.Mode mode = mode(specMap.get("mode"));
        if (mode != null) {
          builder.mode(field, mode);
        }
      } else {
        builder.putAll(field, values(spec));
      }
    }
    return builder.build();
  }

  /** A list of {@code {"value": …}} objects, bare values, or one bare value. */
  private static List<Object> values(Object fieldValues) {
    List<Object> out = new ArrayList<>();
    if (fieldValues instanceof List<?> list) {
      for (Object item : list) {
        add(out, item instanceof Map<?, ?> m ? m.get("value") : item);
      }
    } else {
      add(out, fieldValues);
    }
    return out;
  }

  private static void add(List<Object> out, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Double d) {
      out.add(d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGER_LIMIT ? (Object) d.longValue() : d);
    } else if (value instanceof String || value instanceof Boolean || value instanceof Number) {
      out.add(value);
    } else {
      out.add(Payloads.MOSHI.adapter(Object.class).toJson(value));
    }
  }

  private static MetadataValues.Mode mode(Object mode) {
    if (mode instanceof String s) {
      for (MetadataValues.Mode m : MetadataValues.Mode.values()) {
        if (m.wireName().equals(s.toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
    }
    return null;
  }
}
