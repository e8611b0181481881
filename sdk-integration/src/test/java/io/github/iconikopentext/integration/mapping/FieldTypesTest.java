package io.github.iconikopentext.integration.mapping;

import static io.github.iconikopentext.integration.mapping.Specs.field;
import static io.github.iconikopentext.integration.mapping.Specs.mapper;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.MetadataValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FieldTypesTest {

  static Stream<Arguments> validValues() {
    return Stream.of(
        // type, iconik value, OpenText value, iconik value mapped back
        Arguments.of("string", "Summer Launch", "Summer Launch", "Summer Launch"),
        Arguments.of("string", 42L, "42", "42"),
        Arguments.of("text", "line one\nline two", "line one\nline two", "line one\nline two"),
        Arguments.of("integer", 42L, 42L, 42L),
        Arguments.of("integer", 42.0d, 42L, 42L),
        Arguments.of("integer", " -7 ", -7L, -7L),
        Arguments.of("decimal", new BigDecimal("12.50"), new BigDecimal("12.50"), new BigDecimal("12.50")),
        Arguments.of("decimal", 0.1d, new BigDecimal("0.1"), new BigDecimal("0.1")),
        Arguments.of("decimal", "3", new BigDecimal("3"), new BigDecimal("3")),
        Arguments.of("boolean", true, true, true),
        Arguments.of("boolean", "FALSE", false, false),
        Arguments.of("date", "2024-02-29", LocalDate.of(2024, 2, 29), "2024-02-29"),
        Arguments.of("date", "2024-02-29T23:30:00+01:00", LocalDate.of(2024, 2, 29), "2024-02-29"),
        Arguments.of("datetime", "2024-10-02T17:06:00.314064+00:00",
            OffsetDateTime.of(2024, 10, 2, 17, 6, 0, 314_064_000, ZoneOffset.UTC), "2024-10-02T17:06:00.314064+00:00"),
        Arguments.of("datetime", "2020-08-21T00:40:34.377229",
            OffsetDateTime.of(2020, 8, 21, 0, 40, 34, 377_229_000, ZoneOffset.UTC), "2020-08-21T00:40:34.377229+00:00"),
        Arguments.of("datetime", "2024-05-01 12:00:00Z",
            OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC), "2024-05-01T12:00:00+00:00"),
        Arguments.of("datetime", "2024-05-01T12:00-05:00",
            OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(-5)), "2024-05-01T12:00:00-05:00"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("validValues")
  void eachTypeMapsToItsJavaTypeAndBack(String type, Object iconik, Object openText, Object back) {
    MetadataMapper mapper = mapper(field(type, ""));

    MappingResult<OpenTextMetadata> there = mapper.toOpenText(MetadataValues.builder().put("f", iconik).build());

    assertThat(there.problems()).isEmpty();
    assertThat(there.value().properties()).containsExactly(java.util.Map.entry("p", openText));
    MappingResult<MetadataValues> backAgain = mapper.toIconik(there.value());
    assertThat(backAgain.problems()).isEmpty();
    assertThat(backAgain.value().values("f")).containsExactly(back);
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("integer", "4.5", "'4.5' is not an integer"),
        Arguments.of("integer", "many", "'many' is not an integer"),
        Arguments.of("integer", 1e19d, "1.0E19 is not an integer"),
        Arguments.of("decimal", "1,5", "'1,5' is not a decimal"),
        Arguments.of("boolean", "yes", "'yes' is not a boolean"),
        Arguments.of("boolean", 1L, "1 is not a boolean"),
        Arguments.of("date", "2024-02-30", "'2024-02-30' is not a date"),
        Arguments.of("date", "tomorrow", "'tomorrow' is not a date"),
        Arguments.of("datetime", "2024-05-01T25:00:00Z", "'2024-05-01T25:00:00Z' is not a date-time"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidValues")
  void aValueThatIsNotOfTheTypeIsReportedNotDropped(String type, Object iconik, String message) {
    MappingResult<OpenTextMetadata> result =
        mapper(field(type, "")).toOpenText(MetadataValues.builder().put("f", iconik).build());

    assertThat(result.value().isEmpty()).isTrue();
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("f");
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.INVALID_VALUE);
      assertThat(problem.severity()).isEqualTo(MappingProblem.Severity.ERROR);
      assertThat(problem.message()).isEqualTo(message);
    });
  }

  @Test
  void anOpenTextValueOfTheWrongTypeIsReported() {
    OpenTextMetadata openText = OpenTextMetadata.builder().property("p", "twelve").build();

    MappingResult<MetadataValues> result = mapper(field("integer", "")).toIconik(openText);

    assertThat(result.value().isEmpty()).isTrue();
    assertThat(result.problems()).extracting(MappingProblem::code).containsExactly(MappingProblem.Code.INVALID_VALUE);
  }

  @Test
  void openTextValuesAsAJsonReaderYieldsThemAreAccepted() {
    OpenTextMetadata fromJson = OpenTextMetadata.of(
        java.util.Map.of("count", 3.0d, "when", "2024-05-01T10:00:00Z", "day", "2024-05-01", "price", 9.99d),
        java.util.Map.of());
    MetadataMapper mapper = mapper(
        "{'iconik': 'count', 'opentext': {'property': 'count'}, 'type': 'integer'}",
        "{'iconik': 'when', 'opentext': {'property': 'when'}, 'type': 'datetime'}",
        "{'iconik': 'day', 'opentext': {'property': 'day'}, 'type': 'date'}",
        "{'iconik': 'price', 'opentext': {'property': 'price'}, 'type': 'decimal'}");

    MetadataValues values = mapper.toIconik(fromJson).valueOrThrow();

    assertThat(values.values("count")).containsExactly(3L);
    assertThat(values.values("when")).containsExactly("2024-05-01T10:00:00+00:00");
    assertThat(values.values("day")).containsExactly("2024-05-01");
    assertThat(values.values("price")).containsExactly(new BigDecimal("9.99"));
  }

  static Stream<Arguments> listsOfOne() {
    return Stream.of(
        Arguments.of("string", "x", "x"),
        Arguments.of("integer", 7L, 7L),
        Arguments.of("decimal", new BigDecimal("7.5"), new BigDecimal("7.5")),
        Arguments.of("boolean", false, false),
        Arguments.of("date", "2024-01-31", LocalDate.of(2024, 1, 31)),
        Arguments.of("datetime", "2024-01-31T08:00:00+00:00", OffsetDateTime.of(2024, 1, 31, 8, 0, 0, 0,
            ZoneOffset.UTC)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listsOfOne")
  void aListOfOneStaysAListBothWays(String type, Object iconik, Object openText) {
    MetadataMapper mapper = mapper(field(type, "'list': true"));

    OpenTextMetadata mapped = mapper.toOpenText(MetadataValues.builder().putAll("f", List.of(iconik)).build())
        .valueOrThrow();

    assertThat(mapped.properties().get("p")).isEqualTo(List.of(openText));
    assertThat(mapper.toIconik(mapped).valueOrThrow().values("f")).containsExactly(iconik);
  }

  @Test
  void aListKeepsItsOrderAndEveryElement() {
    MetadataMapper mapper = mapper(field("integer", "'list': true"));

    OpenTextMetadata mapped = mapper.toOpenText(MetadataValues.builder().putAll("f", List.of(3L, 1L, 3L, 2L))
        .build()).valueOrThrow();

    assertThat(mapped.properties().get("p")).isEqualTo(List.of(3L, 1L, 3L, 2L));
  }

  @Test
  void aListWithOneBadElementIsLeftOutWhole() {
    MetadataMapper mapper = mapper(field("date", "'list': true"));

    MappingResult<OpenTextMetadata> result = mapper.toOpenText(
        MetadataValues.builder().putAll("f", List.of("2024-01-01", "soon", "2024-03-01")).build());

    assertThat(result.value().isEmpty()).isTrue();
    assertThat(result.problems()).singleElement()
        .extracting(MappingProblem::message).isEqualTo("value 2 of 3: 'soon' is not a date");
  }
}
