package io.github.iconikopentext.core.json.internal;

import java.time.DateTimeException;
import java.time.Instant;
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
 * The SDK's one ISO-8601 parser, shared by the JSON adapters and the metadata mapping. It accepts what the SDK has
 * always accepted: a date ({@code 2024-05-01}, midnight UTC where a date-time is wanted) or a date-time with
 * {@code T} or a space, minutes with optional seconds and a fraction of up to nine digits, and an offset that is
 * {@code Z}, {@code ±HH:MM}, {@code ±HHMM}, {@code ±HH:MM:SS} or absent (UTC), any letter case, surrounding
 * whitespace ignored.
 *
 * <p>The shapes iconik and OpenText write are parsed by hand, without {@link DateTimeFormatter}: a formatter's
 * {@code parseBest} costs microseconds and several objects per value, which a listing of thousands of assets with
 * a handful of dates each cannot afford. Rarer shapes (six-digit years, {@code +02} offsets) go to a strict
 * formatter. Every method returns {@code null} for text that is not a valid date: like the strict formatter, it
 * never turns 30 February into 29 February or 24:00 into the next day. Thread-safe. Not part of the API.
 */
public final class Iso8601 {
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

  private static final int VALID = 0;
  private static final int INVALID = 1;
  private static final int OTHER_SHAPE = 2;
  private static final int MAX_OFFSET_SECONDS = 18 * 3600;

  private Iso8601() {}

  /** A date-time in its own offset; no offset means UTC, a bare date midnight UTC. Null if not valid. */
  public static OffsetDateTime parseOffsetDateTime(String text) {
    Fields f = new Fields();
    int result = f.parse(text);
    if (result == VALID) {
      ZoneOffset offset = f.offsetSeconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(f.offsetSeconds);
      return OffsetDateTime.of(f.year, f.month, f.day, f.hour, f.minute, f.second, f.nano, offset);
    }
    return result == INVALID ? null : toOffsetDateTime(parseOtherShape(text));
  }

  /** The instant a date-time stands for (as {@link #parseOffsetDateTime}), without building the date-time. */
  public static Instant parseInstant(String text) {
    Fields f = new Fields();
    int result = f.parse(text);
    if (result == VALID) {
      long seconds = epochDay(f.year, f.month, f.day) * 86_400L + f.hour * 3600L + f.minute * 60L + f.second
          - f.offsetSeconds;
      return Instant.ofEpochSecond(seconds, f.nano);
    }
    OffsetDateTime other = result == INVALID ? null : toOffsetDateTime(parseOtherShape(text));
    return other == null ? null : other.toInstant();
  }

  /** A date, or the date part of a date-time (in its own offset). Null if not valid. */
  public static LocalDate parseLocalDate(String text) {
    Fields f = new Fields();
    int result = f.parse(text);
    if (result == VALID) {
      return LocalDate.of(f.year, f.month, f.day);
    }
    TemporalAccessor other = result == INVALID ? null : parseOtherShape(text);
    return other == null ? null : LocalDate.from(other);
  }

  private static TemporalAccessor parseOtherShape(String text) {
    String trimmed = text.trim();
    if (trimmed.length() > 10 && trimmed.charAt(10) == ' ') {
      trimmed = trimmed.substring(0, 10) + 'T' + trimmed.substring(11);
    }
    try {
      return OTHER_SHAPES.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static OffsetDateTime toOffsetDateTime(TemporalAccessor parsed) {
    if (parsed instanceof OffsetDateTime dateTime) {
      return dateTime;
    }
    if (parsed instanceof LocalDateTime dateTime) {
      return dateTime.atOffset(ZoneOffset.UTC);
    }
    return parsed == null ? null : ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** Days since 1970-01-01 of a valid proleptic Gregorian date (as {@link LocalDate#toEpochDay()}). */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    total += y >= 0 ? (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 : -(y / -4 - y / -100 + y / -400);
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!IsoChronology.INSTANCE.isLeapYear(year)) {
        total--;
      }
    }
    return total - 719_528; // days from 0000-01-01 to 1970-01-01
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> IsoChronology.INSTANCE.isLeapYear(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The fields of one value, read by {@link #parse}. Local to one call, so the JIT can keep it off the heap. */
  private static final class Fields {
    int year;
    int month;
    int day;
    int hour;
    int minute;
    int second;
    int nano;
    int offsetSeconds;
    private String text;
    private int end;

    /** VALID (fields set), INVALID (a known shape with impossible values) or OTHER_SHAPE (ask the formatter). */
    int parse(String value) {
      text = value;
      int start = 0;
      end = value.length();
      while (start < end && value.charAt(start) <= ' ') {
        start++;
      }
      while (end > start && value.charAt(end - 1) <= ' ') {
        end--;
      }
      if (end - start < 10 || value.charAt(start + 4) != '-' || value.charAt(start + 7) != '-') {
        return OTHER_SHAPE;
      }
      year = digits(start, 4);
      month = digits(start + 5, 2);
      day = digits(start + 8, 2);
      if ((year | month | day) < 0) {
        return OTHER_SHAPE;
      }
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return INVALID;
      }
      int p = start + 10;
      if (p == end) {
        return VALID; // a bare date: midnight UTC
      }
      char separator = value.charAt(p);
      if (separator != 'T' && separator != 't' && separator != ' ') {
        return OTHER_SHAPE;
      }
      return parseTime(p + 1);
    }

    private int parseTime(int p) {
      if (p + 5 > end || text.charAt(p + 2) != ':') {
        return OTHER_SHAPE;
      }
      hour = digits(p, 2);
      minute = digits(p + 3, 2);
      if ((hour | minute) < 0) {
        return OTHER_SHAPE;
      }
      p += 5;
      if (p < end && text.charAt(p) == ':') {
        if (p + 3 > end || (second = digits(p + 1, 2)) < 0) {
          return OTHER_SHAPE;
        }
        p += 3;
        if (p < end && text.charAt(p) == '.') {
          int first = ++p;
          int value = 0;
          while (p < end && p - first < 9 && isDigit(text.charAt(p))) {
            value = value * 10 + (text.charAt(p++) - '0');
          }
          if (p == first || p < end && isDigit(text.charAt(p))) {
            return OTHER_SHAPE; // no digits, or more than nine: the formatter decides
          }
          for (int i = p - first; i < 9; i++) {
            value *= 10;
          }
          nano = value;
        }
      }
      if (hour > 23 || minute > 59 || second > 59) {
        return INVALID;
      }
      return parseOffset(p);
    }

    private int parseOffset(int p) {
      if (p == end) {
        return VALID;
      }
      char sign = text.charAt(p);
      if ((sign == 'Z' || sign == 'z') && p + 1 == end) {
        return VALID;
      }
      if (sign != '+' && sign != '-') {
        return OTHER_SHAPE;
      }
      int length = end - p - 1;
      int hours;
      int minutes;
      int seconds = 0;
      if (length == 5 && text.charAt(p + 3) == ':' || length == 8 && text.charAt(p + 3) == ':'
          && text.charAt(p + 6) == ':') {
        hours = digits(p + 1, 2);
        minutes = digits(p + 4, 2);
        if (length == 8) {
          seconds = digits(p + 7, 2);
        }
      } else if (length == 4) {
        hours = digits(p + 1, 2);
        minutes = digits(p + 3, 2);
      } else {
        return OTHER_SHAPE;
      }
      if ((hours | minutes | seconds) < 0) {
        return OTHER_SHAPE;
      }
      if (hours > 23 || minutes > 59 || seconds > 59) {
        return INVALID;
      }
      int total = hours * 3600 + minutes * 60 + seconds;
      if (total > MAX_OFFSET_SECONDS) {
        return INVALID;
      }
      offsetSeconds = sign == '-' ? -total : total;
      return VALID;
    }

    /** The number written by {@code count} ASCII digits at {@code at}, or -1. */
    private int digits(int at, int count) {
      int value = 0;
      for (int i = at; i < at + count; i++) {
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
}
