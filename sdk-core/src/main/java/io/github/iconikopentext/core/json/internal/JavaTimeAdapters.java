package io.github.iconikopentext.core.json.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Function;

/**
 * Lenient java.time adapters over the SDK's one ISO-8601 parser ({@link Iso8601}): zone optional (UTC when absent),
 * any fraction of a second. Not part of the API.
 */
public final class JavaTimeAdapters {
  public static final JsonAdapter.Factory FACTORY = JavaTimeAdapters::create;

  private JavaTimeAdapters() {}

  private static JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, com.squareup.moshi.Moshi m) {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == Instant.class) {
      return adapter(JavaTimeAdapters::parseInstant, i -> DateTimeFormatter.ISO_INSTANT.format(i));
    }
    if (type == OffsetDateTime.class) {
      return adapter(JavaTimeAdapters::parseOffsetDateTime, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
    }
    if (type == LocalDate.class) {
      return adapter(JavaTimeAdapters::parseLocalDate, DateTimeFormatter.ISO_LOCAL_DATE::format);
    }
    return null;
  }

  /**
   * Parses an ISO-8601 date-time ({@link Iso8601}); no zone means UTC; a bare date means midnight UTC.
   *
   * @throws DateTimeParseException if the text is not a valid date-time
   */
  public static OffsetDateTime parseOffsetDateTime(String text) {
    return orThrow(Iso8601.parseOffsetDateTime(text), text);
  }

  /** As {@link #parseOffsetDateTime}, as an instant. */
  public static Instant parseInstant(String text) {
    return orThrow(Iso8601.parseInstant(text), text);
  }

  /** Parses a date, or the date part of a date-time (in its own offset). */
  public static LocalDate parseLocalDate(String text) {
    return orThrow(Iso8601.parseLocalDate(text), text);
  }

  private static <T> T orThrow(T parsed, String text) {
    if (parsed == null) {
      throw new DateTimeParseException("not a valid ISO-8601 date or date-time", text, 0);
    }
    return parsed;
  }

  private static <T> JsonAdapter<T> adapter(Function<String, T> parse, Function<T, String> format) {
    return new JsonAdapter<T>() {
      @Override
      public T fromJson(JsonReader reader) throws IOException {
        if (reader.peek() == JsonReader.Token.NULL) {
          return reader.nextNull();
        }
        String text = reader.nextString();
        if (text.isBlank()) {
          return null;
        }
        try {
          return parse.apply(text);
        } catch (DateTimeParseException e) {
          throw new JsonDataException(
              "not an ISO-8601 date/time: '" + text + "' at path " + reader.getPath(), e);
        }
      }

      @Override
      public void toJson(JsonWriter writer, T value) throws IOException {
        if (value == null) {
          writer.nullValue();
        } else {
          writer.value(format.apply(value));
        }
      }
    }.nullSafe();
  }
}
