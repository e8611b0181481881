package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.json.internal.JavaTimeAdapters;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes {@link MetadataValues} in iconik's {@code metadata_values} shape:
 * {@code {"<field>": {"field_values": [{"value": …}, …], "mode": "overwrite"}}}.
 *
 * <p>Reading is lenient: a {@code null} map, field or value list reads as empty; {@code null} values are skipped;
 * whole numbers become {@link Long}, other numbers {@link BigDecimal} (no precision lost); a value that is itself an
 * object or array keeps its JSON text; a bare scalar in place of {@code {"value": …}} is accepted; a field's
 * {@code date_created} is kept (and written back only when present). {@code mode} is write-only in iconik and always
 * written. Thread-safe. Not part of the API.
 */
public final class MetadataValuesJsonAdapter extends JsonAdapter<MetadataValues> {
  public static final JsonAdapter.Factory FACTORY = (type, annotations, moshi) ->
      type == MetadataValues.class && annotations.isEmpty() ? new MetadataValuesJsonAdapter(moshi) : null;

  private final JsonAdapter<Object> any;

  private MetadataValuesJsonAdapter(Moshi moshi) {
    this.any = moshi.adapter(Object.class);
  }

  @Override
  public MetadataValues fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return MetadataValues.empty();
    }
    MetadataValues.Builder values = MetadataValues.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      String field = reader.nextName();
      values.putAll(field, readField(reader, field, values));
    }
    reader.endObject();
    return values.build();
  }

  private List<Object> readField(JsonReader reader, String field, MetadataValues.Builder values)
      throws IOException {
    List<Object> out = new ArrayList<>();
    if (reader.peek() == JsonReader.Token.NULL) {
      reader.nextNull();
      return out;
    }
    reader.beginObject();
    while (reader.hasNext()) {
      String member = reader.nextName();
      if (member.equals("mode") && reader.peek() == JsonReader.Token.STRING) {
        mode(reader.nextString()).ifPresent(m -> values.mode(field, m)); // sent back in webhook deliveries
      } else if (member.equals("date_created") && reader.peek() == JsonReader.Token.STRING) {
        date(reader.nextString()).ifPresent(d -> values.dateCreated(field, d));
      } else if (member.equals("field_values") && reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
        reader.beginArray();
        while (reader.hasNext()) {
          Object value = readFieldValue(reader);
          if (value != null) {
            out.add(value);
          }
        }
        reader.endArray();
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return out;
  }

  /** A per-field date; one iconik did not write as ISO-8601 is dropped rather than failing the values. */
  private static java.util.Optional<Instant> date(String text) {
    try {
      return java.util.Optional.of(JavaTimeAdapters.parseInstant(text));
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<MetadataValues.Mode> mode(String text) {
    for (MetadataValues.Mode m : MetadataValues.Mode.values()) {
      if (m.wireName().equalsIgnoreCase(text)) {
        return java.util.Optional.of(m);
      }
    }
    return java.util.Optional.empty();
  }

  private Object readFieldValue(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      return readScalar(reader);
    }
    Object value = null;
    reader.beginObject();
    while (reader.hasNext()) {
      if (reader.nextName().equals("value")) {
        value = readScalar(reader);
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return value;
  }

  private Object readScalar(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case NULL:
        return reader.nextNull();
      case BOOLEAN:
        return reader.nextBoolean();
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader.nextString(), reader);
      default:
        return any.toJson(reader.readJsonValue());
    }
  }

  private static Object number(String text, JsonReader reader) {
    try {
      BigDecimal decimal = new BigDecimal(text);
      if (decimal.scale() <= 0 || decimal.stripTrailingZeros().scale() <= 0) {
        try {
          return decimal.longValueExact();
        } catch (ArithmeticException tooLarge) {
          return decimal;
        }
      }
      return decimal;
    } catch (NumberFormatException e) {
      throw new JsonDataException("not a number: '" + text + "' at path " + reader.getPath());
    }
  }

  @Override
  public void toJson(JsonWriter writer, MetadataValues values) throws IOException {
    if (values == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    for (String field : values.fields()) {
      writer.name(field).beginObject();
      writer.name("field_values").beginArray();
      for (Object value : values.values(field)) {
        writer.beginObject().name("value");
        if (value instanceof Boolean b) {
          writer.value(b);
        } else if (value instanceof Number n) {
          writer.value(n);
        } else {
          writer.value(String.valueOf(value));
        }
        writer.endObject();
      }
      writer.endArray();
      writer.name("mode").value(values.mode(field).name().toLowerCase(Locale.ROOT));
      java.util.Optional<Instant> recorded = values.dateCreated(field);
      if (recorded.isPresent()) {
        writer.name("date_created").value(recorded.get().toString());
      }
      writer.endObject();
    }
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(MetadataValues)";
  }
}
