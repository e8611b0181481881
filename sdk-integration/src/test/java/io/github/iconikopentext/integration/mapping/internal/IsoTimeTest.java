package io.github.iconikopentext.integration.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.json.internal.JavaTimeAdapters;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mapping reads dates with the SDK's one ISO-8601 parser (tested against a strict formatter in sdk-core) and
 * writes them as iconik does: what it writes reads back equal, and invalid dates that a smart resolver would bend
 * (30 February, 24:00) are refused.
 */
class IsoTimeTest {

  @Test
  void whatTheMappingWritesReadsBackEqual() {
    Random random = new Random(20_241_002L);
    for (int i = 0; i < 5_000; i++) {
      OffsetDateTime value = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 1_000_000)
          .atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000))
          .atOffset(ZoneOffset.ofTotalSeconds((random.nextInt(113) - 56) * 900));
      String text = value.toString();

      assertThat(IsoTime.parseDateTime(text)).as(text).isEqualTo(value);
      assertThat(IsoTime.parseDateTime(IsoTime.format(value))).as(text).isEqualTo(value);
      assertThat(IsoTime.parseDate(value.toLocalDate().toString())).isEqualTo(value.toLocalDate());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-10-02T17:06:00.314064+00:00", "2020-08-21T00:40:34.377229", "2024-05-01T12:00:00Z",
      "2024-05-01T12:00:00.1-09:30", "2024-05-01T12:00", "2024-05-01 12:00:00", "2024-05-01T12:00:00+0200",
      "2024-05-01", " 2024-05-01T12:00:00+02:00 "})
  void everyShapeTheSdkAcceptsIsAccepted(String text) {
    assertThat(IsoTime.parseDateTime(text)).isEqualTo(JavaTimeAdapters.parseOffsetDateTime(text)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z", "2024-05-01T24:00:00Z",
      "2024-05-01T12:00:00+25:00", "2024-05-01T12:00:00.1234567890Z", "2024-02-30", "2024-02-30T10:00",
      "2024-02-30 10:00:00", "yesterday", ""})
  void invalidDateTimesAreNull(String text) {
    assertThat(IsoTime.parseDateTime(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2024-1-01", "20240101", "2024-01-0x", "  ", "2024-02-30T10:00:00Z"})
  void invalidDatesAreNull(String text) {
    assertThat(IsoTime.parseDate(text)).isNull();
  }

  @Test
  void formatsAsIconikDoes() {
    assertThat(IsoTime.format(OffsetDateTime.of(2024, 10, 2, 17, 6, 0, 314_064_000, ZoneOffset.UTC)))
        .isEqualTo("2024-10-02T17:06:00.314064+00:00");
    assertThat(IsoTime.format(OffsetDateTime.of(2024, 10, 2, 17, 6, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30))))
        .isEqualTo("2024-10-02T17:06:00-03:30");
    assertThat(IsoTime.format(OffsetDateTime.of(2024, 10, 2, 17, 6, 5, 7, ZoneOffset.ofHours(14))))
        .isEqualTo("2024-10-02T17:06:05.000000007+14:00");
  }
}
