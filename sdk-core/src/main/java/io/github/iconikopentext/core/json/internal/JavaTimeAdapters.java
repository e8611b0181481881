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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import java.util.function.Function;

/** Lenient java.time adapters: zone optional (UTC when absent), any fraction of a second. Not part of the API. */
public final class JavaTimeAdapters {
  private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT); // 2024-02-30 and 24:00 are errors, not silently moved

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

  /** Parses an ISO-8601 date-time; no zone means UTC; a bare date means midnight UTC. */
  public static OffsetDateTime parseOffsetDateTime(String text) {
    String t = text.trim();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    TemporalAccessor parsed = LENIENT.parseBest(t, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    if (parsed instanceof OffsetDateTime odt) {
      return odt;
    }
    if (parsed instanceof LocalDateTime ldt) {
      return ldt.atOffset(ZoneOffset.UTC);
    }
    return ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  public static Instant parseInstant(String text) {
    return parseOffsetDateTime(text).toInstant();
  }

  /** Parses a date, or the date part of a date-time (in its own offset). */
  public static LocalDate parseLocalDate(String text) {
    String t = text.trim();
    return t.length() == 10 ? LocalDate.parse(t) : parseOffsetDateTime(t).toLocalDate();
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
