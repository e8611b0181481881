package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.core.json.internal.Iso8601;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * ISO-8601 dates and date-times for the mapping: parsed by the SDK's one ISO-8601 parser ({@link Iso8601}: the
 * shapes iconik writes without a formatter, a bare date as midnight UTC, no zone as UTC), formatted as iconik writes
 * them. Both parse methods return {@code null} for text that is not a valid date: they never turn 30 February into
 * 29 February or 24:00 into the next day.
 */
final class IsoTime {
  private IsoTime() {}

  static LocalDate parseDate(String text) {
    return Iso8601.parseLocalDate(text);
  }

  static OffsetDateTime parseDateTime(String text) {
    return Iso8601.parseOffsetDateTime(text);
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
}
