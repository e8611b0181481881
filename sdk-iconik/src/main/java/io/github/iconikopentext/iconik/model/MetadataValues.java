package io.github.iconikopentext.iconik.model;

import io.github.iconikopentext.core.json.internal.JavaTimeAdapters;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata values of one object for one iconik metadata view: per field, an ordered list of values and the
 * write mode.
 *
 * <p>iconik's wire shape is {@code {"metadata_values": {"<field>": {"field_values": [{"value": …}], "mode":
 * "overwrite"}}}}; values are strings, numbers or booleans (dates travel as ISO-8601 strings). Every field is a list,
 * even with one value: {@link #strings(String)} of a one-value field is a one-element list, never a bare value.
 *
 * <p>Values read from iconik also tell when each field's values were recorded ({@link #dateCreated(String)}, iconik's
 * per-field {@code date_created}); {@link #toBuilder()} does not copy these dates, so values changed and written back
 * do not claim them.
 *
 * <p>Typed accessors return the first value converted, or empty when the field is absent or has no values; they
 * throw {@link IllegalStateException} naming the field when the value cannot be read as that type. Immutable and
 * thread-safe; build with {@link #builder()}.
 */
public final class MetadataValues {
  private static final MetadataValues EMPTY = new MetadataValues(Map.of(), Map.of(), Map.of());

  /** How a PUT applies a field's values. {@code OVERWRITE} is iconik's default. */
  public enum Mode {
    OVERWRITE,
    APPEND,
    DELETE;

    /** The wire value, e.g. {@code overwrite}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Map<String, List<Object>> values;
  private final Map<String, Mode> modes;
  private final Map<String, Instant> dates;

  private MetadataValues(Map<String, List<Object>> values, Map<String, Mode> modes, Map<String, Instant> dates) {
    this.values = values;
    this.modes = modes;
    this.dates = dates;
  }

  public static MetadataValues empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    values.forEach((field, list) -> b.values.put(field, new ArrayList<>(list)));
    b.modes.putAll(modes);
    return b;
  }

  /** The field names, in insertion order. */
  public Set<String> fields() {
    return values.keySet();
  }

  public boolean has(String field) {
    return values.containsKey(field);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The raw values of a field (String, Number or Boolean), empty if absent. */
  public List<Object> values(String field) {
    return values.getOrDefault(field, List.of());
  }

  /** The write mode of a field, {@link Mode#OVERWRITE} unless set. */
  public Mode mode(String field) {
    return modes.getOrDefault(field, Mode.OVERWRITE);
  }

  /** When iconik recorded the field's values ({@code date_created} of a read), if it said. */
  public Optional<Instant> dateCreated(String field) {
    return Optional.ofNullable(dates.get(field));
  }

  /** All values as a map from field to values, unmodifiable. */
  public Map<String, List<Object>> asMap() {
    return values;
  }

  /** The first value as text. Numbers and booleans are rendered as iconik would. */
  public Optional<String> string(String field) {
    return first(field).map(MetadataValues::text);
  }

  /** All values as text. */
  public List<String> strings(String field) {
    List<Object> raw = values(field);
    List<String> out = new ArrayList<>(raw.size());
    for (Object o : raw) {
      out.add(text(o));
    }
    return Collections.unmodifiableList(out);
  }

  /** The first value as a number. */
  public Optional<BigDecimal> number(String field) {
    return first(field).map(v -> {
      if (v instanceof BigDecimal d) {
        return d;
      }
      if (v instanceof Long || v instanceof Integer) {
        return BigDecimal.valueOf(((Number) v).longValue());
      }
      try {
        return new BigDecimal(text(v).trim());
      } catch (NumberFormatException e) {
        throw notA(field, "number");
      }
    });
  }

  /** The first value as a boolean: a JSON boolean or the text {@code true}/{@code false}. */
  public Optional<Boolean> bool(String field) {
    return first(field).map(v -> {
      if (v instanceof Boolean b) {
        return b;
      }
      String s = text(v).trim();
      if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(s);
      }
      throw notA(field, "boolean");
    });
  }

  /** The first value as a date ({@code 2024-05-01}, or the date part of a date-time). */
  public Optional<LocalDate> date(String field) {
    return first(field).map(v -> {
      try {
        return JavaTimeAdapters.parseLocalDate(text(v));
      } catch (DateTimeParseException e) {
        throw notA(field, "date");
      }
    });
  }

  /** The first value as a date-time; no zone means UTC. */
  public Optional<OffsetDateTime> dateTime(String field) {
    return first(field).map(v -> {
      try {
        return JavaTimeAdapters.parseOffsetDateTime(text(v));
      } catch (DateTimeParseException e) {
        throw notA(field, "date-time");
      }
    });
  }

  private Optional<Object> first(String field) {
    List<Object> list = values.get(field);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  private static IllegalStateException notA(String field, String type) {
    return new IllegalStateException("metadata field '" + field + "' is not a " + type);
  }

  static String text(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    if (value instanceof BigDecimal bd) {
      return bd.toPlainString();
    }
    return String.valueOf(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetadataValues m && values.equals(m.values) && modes.equals(m.modes)
        && dates.equals(m.dates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, modes, dates);
  }

  @Override
  public String toString() {
    return "MetadataValues" + values + (modes.isEmpty() ? "" : " modes=" + modes);
  }

  /** Builds {@link MetadataValues}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, List<Object>> values = new LinkedHashMap<>();
    private final Map<String, Mode> modes = new LinkedHashMap<>();
    private final Map<String, Instant> dates = new LinkedHashMap<>();

    private Builder() {}

    /** Sets a field to one value (a String, Number or Boolean; dates as ISO-8601 text or java.time values). */
    public Builder put(String field, Object value) {
      return putAll(field, List.of(normalize(field, value)));
    }

    /** Sets a field to a list of values; an empty list clears the field's values. */
    public Builder putAll(String field, List<?> fieldValues) {
      Objects.requireNonNull(field, "field == null");
      Objects.requireNonNull(fieldValues, "values of " + field + " == null");
      List<Object> copy = new ArrayList<>(fieldValues.size());
      for (Object v : fieldValues) {
        copy.add(normalize(field, v));
      }
      values.put(field, copy);
      return this;
    }

    /** Sets the write mode of a field (the field keeps its values). */
    public Builder mode(String field, Mode mode) {
      modes.put(Objects.requireNonNull(field, "field == null"), Objects.requireNonNull(mode, "mode == null"));
      return this;
    }

    /**
     * Records when iconik recorded the field's values, as a read reports it (the SDK's reader sets it). Written back
     * only with the field; {@link MetadataValues#toBuilder()} does not copy it.
     */
    public Builder dateCreated(String field, Instant when) {
      dates.put(Objects.requireNonNull(field, "field == null"), Objects.requireNonNull(when, "when == null"));
      return this;
    }

    public Builder remove(String field) {
      values.remove(field);
      modes.remove(field);
      dates.remove(field);
      return this;
    }

    public MetadataValues build() {
      Map<String, List<Object>> frozen = new LinkedHashMap<>();
      values.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      Map<String, Instant> recorded = new LinkedHashMap<>(dates);
      recorded.keySet().retainAll(frozen.keySet());
      return new MetadataValues(Collections.unmodifiableMap(frozen), Map.copyOf(modes), Map.copyOf(recorded));
    }

    private static Object normalize(String field, Object value) {
      if (value == null) {
        throw new IllegalArgumentException("metadata field '" + field + "' has a null value");
      }
      if (value instanceof String || value instanceof Boolean || value instanceof Number) {
        return value;
      }
      if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof java.time.Instant) {
        return value.toString();
      }
      throw new IllegalArgumentException("metadata field '" + field + "' has a value of unsupported type "
          + value.getClass().getName() + " (use String, Number, Boolean or a java.time date)");
    }
  }
}
