package io.github.iconikopentext.integration.mapping.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code date-format}: writes a date or date-time to OpenText as text in a {@link DateTimeFormatter} pattern and
 * reads it back. A date-time pattern without an offset writes the instant in UTC and reads text as UTC.
 */
final class DateFormatConverter extends ElementConverter {
  /** A day above 12 and a time with every part set, so a pattern that drops or swaps anything shows it. */
  private static final LocalDate SAMPLE_DATE = LocalDate.of(2031, 11, 27);
  private static final OffsetDateTime SAMPLE_DATE_TIME =
      OffsetDateTime.of(2031, 11, 27, 13, 45, 37, 123_456_000, ZoneOffset.ofHoursMinutes(5, 30));

  private final String pattern;
  private final DateTimeFormatter formatter;
  private final boolean writesOffset;
  /** Why text written with this pattern cannot be read back as a value, or null. */
  private final String unreadable;

  /**
   * @param input {@link Kind#DATE} or {@link Kind#DATETIME}
   * @throws IllegalArgumentException when the pattern is invalid or asks for parts the kind does not have
   */
  DateFormatConverter(Kind input, String pattern, Locale locale) {
    super("date-format", input, Kind.TEXT);
    if (input != Kind.DATE && input != Kind.DATETIME) {
      throw new IllegalArgumentException("input must be a date or date-time kind");
    }
    this.pattern = Objects.requireNonNull(pattern, "pattern == null");
    this.formatter = DateTimeFormatter.ofPattern(pattern, locale);
    String sampleText;
    try {
      sampleText = formatter.format(input == Kind.DATE ? SAMPLE_DATE : SAMPLE_DATE_TIME);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "pattern '" + pattern + "' asks for parts a " + input.label() + " does not have (" + e.getMessage() + ")");
    }
    boolean offset = false;
    String whyUnreadable = null;
    try {
      TemporalAccessor parsed = formatter.parse(sampleText);
      offset = parsed.isSupported(ChronoField.OFFSET_SECONDS);
    } catch (DateTimeException e) {
      whyUnreadable = "text written with pattern '" + pattern + "' cannot be read back ("
          + sampleText + " → " + e.getMessage() + ")";
    }
    this.writesOffset = offset;
    if (whyUnreadable == null && toIconik(sampleText) instanceof Rejection) {
      whyUnreadable = "pattern '" + pattern + "' does not hold a whole " + input.label()
          + " (" + sampleText + " cannot be read back)";
    }
    this.unreadable = whyUnreadable;
  }

  @Override
  Object toOpenText(Object value) {
    if (value instanceof OffsetDateTime dateTime && !writesOffset) {
      return formatter.format(dateTime.withOffsetSameInstant(ZoneOffset.UTC));
    }
    return formatter.format((TemporalAccessor) value);
  }

  /**
   * Parses leniently, then insists the value writes back as the same text: the formatter's smart resolving would
   * otherwise turn {@code 31.02.2024} into 29 February without a word.
   */
  @Override
  Object toIconik(Object value) {
    String text = (String) value;
    Object parsed;
    try {
      if (input() == Kind.DATE) {
        parsed = LocalDate.parse(text, formatter);
      } else {
        parsed = writesOffset
            ? OffsetDateTime.parse(text, formatter)
            : LocalDateTime.parse(text, formatter).atOffset(ZoneOffset.UTC);
      }
    } catch (DateTimeException e) {
      parsed = null;
    }
    if (parsed != null && text.equals(toOpenText(parsed))) {
      return parsed;
    }
    return Rejection.invalid(
        Rejection.excerpt(text) + " is not a " + input().label() + " in the pattern '" + pattern + '\'');
  }

  @Override
  String unreadable() {
    return unreadable;
  }

  @Override
  String lossiness() {
    if (unreadable != null) {
      return unreadable;
    }
    Object sample = input() == Kind.DATE ? SAMPLE_DATE : SAMPLE_DATE_TIME;
    Object back = toIconik(toOpenText(sample));
    if (sample.equals(back)) {
      return null;
    }
    return "pattern '" + pattern + "' does not keep every part of a " + input().label() + ": " + sample
        + " comes back as " + back;
  }
}
