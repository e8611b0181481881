package io.github.iconikopentext.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  public enum Colour {
    RED,
    @com.squareup.moshi.Json(name = "N/A")
    NONE,
    UNKNOWN
  }

  public enum Strict {
    ONE
  }

  public record Thing(String name, Integer count, Colour colour, Instant created, OffsetDateTime updated, LocalDate day,
      List<String> tags, Boolean flag) {}

  private final JsonAdapter<Thing> adapter = Json.moshi().adapter(Thing.class);

  @Test
  void timestampsWithAndWithoutZoneAndWithMicroseconds_areRead() throws Exception {
    Thing t = adapter.fromJson("{\"created\": \"2020-08-21T00:40:34.377229\","
        + " \"updated\": \"2024-10-02T17:06:00.314064+02:00\", \"day\": \"2024-05-01\"}");

    assertThat(t.created()).isEqualTo(Instant.parse("2020-08-21T00:40:34.377229Z"));
    assertThat(t.updated()).isEqualTo(OffsetDateTime.of(2024, 10, 2, 17, 6, 0, 314_064_000, ZoneOffset.ofHours(2)));
    assertThat(t.day()).isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void nanosecondsZuluAndCompactOffsets_areRead() throws Exception {
    assertThat(adapter.fromJson("{\"created\": \"2024-01-01T10:00:00.123456789Z\"}").created())
        .isEqualTo(Instant.parse("2024-01-01T10:00:00.123456789Z"));
    assertThat(adapter.fromJson("{\"created\": \"2024-01-01T10:00:00+0100\"}").created())
        .isEqualTo(Instant.parse("2024-01-01T09:00:00Z"));
    assertThat(adapter.fromJson("{\"created\": \"2024-01-01 10:00:00\"}").created())
        .isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
  }

  @Test
  void unknownEnumValue_becomesUnknown_andJsonNamesAreHonoured() throws Exception {
    assertThat(adapter.fromJson("{\"colour\": \"PURPLE\"}").colour()).isEqualTo(Colour.UNKNOWN);
    assertThat(adapter.fromJson("{\"colour\": \"N/A\"}").colour()).isEqualTo(Colour.NONE);
    assertThat(Json.moshi().adapter(Colour.class).toJson(Colour.NONE)).isEqualTo("\"N/A\"");
  }

  @Test
  void enumWithoutUnknownConstant_staysStrict() {
    assertThatThrownBy(() -> Json.moshi().adapter(Strict.class).fromJson("\"TWO\""))
        .isInstanceOf(JsonDataException.class);
  }

  @Test
  void nullsMissingAndUnknownFields_areTolerated() throws Exception {
    Thing t = adapter.fromJson("{\"name\": null, \"tags\": null, \"extra\": {\"deep\": [1, 2]}, \"flag\": true}");

    assertThat(t.name()).isNull();
    assertThat(t.tags()).isNull();
    assertThat(t.count()).isNull();
    assertThat(t.flag()).isTrue();
  }

  @Test
  void impossibleDatesAndTimes_areRejectedNotMoved() throws Exception {
    assertThatThrownBy(() -> adapter.fromJson("{\"created\": \"2024-02-30T00:00:00Z\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("2024-02-30");
    assertThatThrownBy(() -> adapter.fromJson("{\"created\": \"2024-02-01T24:00:00Z\"}"))
        .isInstanceOf(JsonDataException.class);
    assertThat(adapter.fromJson("{\"day\": \"2024-02-29\"}").day()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void badTimestamp_namesValueAndPath() {
    assertThatThrownBy(() -> adapter.fromJson("{\"created\": \"yesterday\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("yesterday")
        .hasMessageContaining("$.created");
  }

  @Test
  void bigDecimals_keepEveryDigitBothWays_evenInsideMaps() throws Exception {
    JsonAdapter<java.math.BigDecimal> decimal = Json.moshi().adapter(java.math.BigDecimal.class);
    assertThat(decimal.fromJson("12345678901234567890.123456789"))
        .isEqualTo(new java.math.BigDecimal("12345678901234567890.123456789"));
    assertThat(decimal.fromJson("\"1.50\"")).isEqualTo(new java.math.BigDecimal("1.50"));
    assertThat(Json.moshi().adapter(Object.class).toJson(java.util.Map.of("price", new java.math.BigDecimal("0.10"))))
        .isEqualTo("{\"price\":0.10}");
    assertThatThrownBy(() -> decimal.fromJson("\"ten\"")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("ten");
  }

  @Test
  void instantsAreWrittenInUtcIso() {
    Thing t = new Thing("n", 1, Colour.RED, Instant.parse("2024-01-01T00:00:00Z"), null, LocalDate.of(2024, 1, 2),
        List.of("a"), null);
    assertThat(adapter.toJson(t)).contains("\"created\":\"2024-01-01T00:00:00Z\"", "\"day\":\"2024-01-02\"");
  }
}
