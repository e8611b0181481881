package io.github.iconikopentext.integration.mapping.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * ISO-8601 dates and date-times as iconik writes them, parsed without {@link DateTimeFormatter} for the usual
 * shapes ({@code 2024-05-01}, {@code 2024-10-02T17:06:00.314064+00:00}, {@code …Z}, no zone = UTC):
 * formatter-based parsing costs microseconds per value, which the mapper cannot afford per asset. Other shapes the
 * SDK accepts (no seconds, a space for {@code T}, {@code +0200}, a bare date as midnight UTC) go to a formatter.
 * Both parse methods return {@code null} for text that is not a valid date: unlike a smart resolver, they never
 * turn 30 February into 29 February or 24:00 into the next day.
 */
final class IsoTime {
  private static final DateTimeFormatter OTHER_SHAPES = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  private IsoTime() {}

  static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 2);
      int day = digits(text, 8, 2);
      if ((year | month | day) < 0) {
        return null;
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }
    TemporalAccessor parsed = parseOtherShape(text);
    return parsed == null ? null : LocalDate.from(parsed);
  }

  static OffsetDateTime parseDateTime(String text) {
    OffsetDateTime common = parseCommonDateTime(text);
    if (common != null) {
      return common;
    }
    TemporalAccessor parsed = parseOtherShape(text);
    if (parsed instanceof OffsetDateTime dateTime) {
      return dateTime;
    }
    if (parsed instanceof LocalDateTime dateTime) {
      return dateTime.atOffset(ZoneOffset.UTC);
    }
    return parsed == null ? null : ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** An {@link OffsetDateTime}, {@link LocalDateTime} or {@link LocalDate}, or null. */
  private static TemporalAccessor parseOtherShape(String text) {
    String trimmed = text.strip();
    if (trimmed.length() > 10 && trimmed.charAt(10) == ' ') {
      trimmed = trimmed.substring(0, 10) + 'T' + trimmed.substring(11);
    }
    try {
      return OTHER_SHAPES.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * ISO-8601 as iconik writes it (Python's {@code isoformat}): seconds always, a fraction only when there is one
   * (six digits, nine when finer than a microsecond), and a numeric offset ({@code +00:00}, never {@code Z}) —
   * {@code 2024-10-02T17:06:00.314064+00:00}. One value has one text, so values read back compare equal.
   */
  static String format(OffsetDateTime value) {
    StringBuilder text = new StringBuilder(32).append(value.toLocalDate()).append('T');
    twoDigits(text, value.getHour()).append(':');
    twoDigits(text, value.getMinute()).append(':');
    twoDigits(text, value.getSecond());
    int nano = value.getNano();
    if (nano != 0) {
      boolean micros = nano % 1000 == 0;
      String digits = Integer.toString(micros ? nano / 1000 : nano);
      text.append('.');
      for (int i = digits.length(); i < (micros ? 6 : 9); i++) {
        text.append('0');
      }
      text.append(digits);
    }
    String offset = value.getOffset().getId();
    return text.append(offset.equals("Z") ? "+00:00" : offset).toString();
  }

  private static StringBuilder twoDigits(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z|±HH:MM]}, or null when the text is not a valid one. */
  private static OffsetDateTime parseCommonDateTime(String text) {
    int length = text.length();
    if (length < 19 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int position = 19;
    int nano = 0;
    if (position < length && text.charAt(position) == '.') {
      int start = ++position;
      while (position < length && position - start < 9 && isDigit(text.charAt(position))) {
        nano = nano * 10 + (text.charAt(position++) - '0');
      }
      int fractionDigits = position - start;
      if (fractionDigits == 0) {
        return null;
      }
      for (int i = fractionDigits; i < 9; i++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (position == length) {
      offset = ZoneOffset.UTC;
    } else if (position == length - 1 && (text.charAt(position) == 'Z' || text.charAt(position) == 'z')) {
      offset = ZoneOffset.UTC;
    } else if (position == length - 6 && text.charAt(position + 3) == ':'
        && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
      int offsetHours = digits(text, position + 1, 2);
      int offsetMinutes = digits(text, position + 4, 2);
      if ((offsetHours | offsetMinutes) < 0) {
        return null;
      }
      int sign = text.charAt(position) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofTotalSeconds(sign * (offsetHours * 3600 + offsetMinutes * 60));
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The non-negative number written by {@code count} ASCII digits at {@code start}, or -1. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
