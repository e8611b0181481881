package io.github.iconikopentext.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written parser must agree with a strict {@link DateTimeFormatter} (the SDK's former parser, kept here as
 * the oracle) on every shape, valid or not.
 */
class Iso8601Test {
  private static final DateTimeFormatter ORACLE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .appendLiteral('T')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter()
      .withResolverStyle(ResolverStyle.STRICT);

  private static OffsetDateTime oracle(String text) {
    String t = text.trim();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    try {
      TemporalAccessor parsed = ORACLE.parseBest(t, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime odt) {
        return odt;
      }
      if (parsed instanceof LocalDateTime ldt) {
        return ldt.atOffset(ZoneOffset.UTC);
      }
      return ((LocalDate) parsed).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  @Test
  void agreesWithTheFormatterOnRandomValuesInEveryWrittenShape() {
    Random random = new Random(20_241_002L);
    for (int i = 0; i < 20_000; i++) {
      OffsetDateTime value = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 1_000_000)
          .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000))
          .atOffset(ZoneOffset.ofTotalSeconds((random.nextInt(113) - 56) * 900));
      String iso = value.toString();
      for (String text : new String[] {iso, iso.replace('T', ' '), iso.toLowerCase(java.util.Locale.ROOT),
          value.withNano(0).toString(), value.toLocalDateTime().toString(), value.toLocalDate().toString()}) {
        OffsetDateTime expected = oracle(text);
        assertThat(Iso8601.parseOffsetDateTime(text)).as(text).isEqualTo(expected);
        assertThat(Iso8601.parseInstant(text)).as(text).isEqualTo(expected == null ? null : expected.toInstant());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-10-02T17:06:00.314064+00:00", "2020-08-21T00:40:34.377229", "2024-05-01T12:00:00Z",
      "2024-05-01T12:00:00.1-09:30", "2024-05-01T12:00", "2024-05-01 12:00:00", "2024-05-01T12:00:00+0200",
      "2024-05-01", " 2024-05-01T12:00:00+02:00 ", "2024-05-01t12:00:00z", "2024-05-01T12:00:00+02",
      "2024-05-01T12:00:00+05:30:15", "+12024-05-01T12:00:00Z", "2024-05-01T12:00:00.", "0000-01-01T00:00:00Z",
      "-0001-12-31", "2024-02-29T23:59:59.999999999-18:00", "2000-01-01T00:00:00+18:00"})
  void everyShapeTheFormatterAcceptsIsAccepted(String text) {
    assertThat(oracle(text)).as("the oracle accepts it").isNotNull();
    assertThat(Iso8601.parseOffsetDateTime(text)).isEqualTo(oracle(text));
    assertThat(Iso8601.parseInstant(text)).isEqualTo(oracle(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z", "2023-02-29", "2024-05-01T24:00:00Z",
      "2024-05-01T12:60:00Z", "2024-05-01T12:00:60Z", "2024-05-01T12:00:00+25:00", "2024-05-01T12:00:00+18:01",
      "2024-05-01T12:00:00.1234567890Z", "2024-02-30", "2024-02-30T10:00", "2024-02-30 10:00:00", "yesterday", "",
      "2024-05-01T12:00:00+02:0", "2024-05-01T12:00:00 +02:00", "2024-05-01X12:00", "2024-5-01", "2024-05-01T1:00",
      "٢٠٢٤-05-01"})
  void invalidTextIsNullAsForTheFormatter(String text) {
    assertThat(oracle(text)).as("the oracle rejects it").isNull();
    assertThat(Iso8601.parseOffsetDateTime(text)).isNull();
    assertThat(Iso8601.parseInstant(text)).isNull();
  }

  @Test
  void datesAreTheDatePartInTheirOwnOffset() {
    assertThat(Iso8601.parseLocalDate("2024-05-01")).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(Iso8601.parseLocalDate("2024-05-01T23:30:00-05:00")).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(Iso8601.parseLocalDate("2024-02-30")).isNull();
    assertThat(Iso8601.parseLocalDate("20240101")).isNull();
  }

  @Test
  void theJsonAdaptersThrowATypedParseErrorNamingTheText() {
    assertThat(JavaTimeAdapters.parseInstant("2024-10-02T17:06:00.314064+00:00"))
        .isEqualTo(Instant.parse("2024-10-02T17:06:00.314064Z"));
    assertThatThrownBy(() -> JavaTimeAdapters.parseOffsetDateTime("2024-02-30T00:00:00Z"))
        .isInstanceOf(DateTimeParseException.class).hasMessageContaining("ISO-8601");
  }
}
