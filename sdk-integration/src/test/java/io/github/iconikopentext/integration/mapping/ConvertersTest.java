package io.github.iconikopentext.integration.mapping;

import static io.github.iconikopentext.integration.mapping.Specs.field;
import static io.github.iconikopentext.integration.mapping.Specs.mapper;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.MetadataValues;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConvertersTest {

  private static MetadataValues iconik(Object value) {
    return value instanceof List<?> list ? MetadataValues.builder().putAll("f", list).build()
        : MetadataValues.builder().put("f", value).build();
  }

  private static OpenTextMetadata openText(Object value) {
    return OpenTextMetadata.builder().property("p", value).build();
  }

  private static Object toOpenText(MetadataMapper mapper, Object iconikValue) {
    return mapper.toOpenText(iconik(iconikValue)).valueOrThrow().properties().get("p");
  }

  private static List<Object> toIconik(MetadataMapper mapper, Object openTextValue) {
    return mapper.toIconik(openText(openTextValue)).valueOrThrow().values("f");
  }

  private static MappingProblem onlyIssue(MappingResult<?> result) {
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  @Nested
  class Trim {
    private final MetadataMapper mapper = mapper(field("string", "'converters': ['trim']"));

    @Test
    void trimsBothWays() {
      assertThat(toOpenText(mapper, " \t Summer Launch \n")).isEqualTo("Summer Launch");
      assertThat(toIconik(mapper, "  Summer Launch ")).containsExactly("Summer Launch");
    }
  }

  @Nested
  class Case {
    @Test
    void upperCasesBothWaysWithoutLocaleSurprises() {
      MetadataMapper mapper = mapper(field("string", "'converters': [{'name': 'case', 'to': 'upper'}]"));

      assertThat(toOpenText(mapper, "title")).isEqualTo("TITLE");
      assertThat(toIconik(mapper, "prj-1")).containsExactly("PRJ-1");
    }

    @Test
    void lowerCases() {
      MetadataMapper mapper = mapper(field("string", "'converters': [{'name': 'case', 'to': 'lower'}]"));

      assertThat(toOpenText(mapper, "ÄBC-I")).isEqualTo("äbc-i");
    }
  }

  @Nested
  class Regex {
    private final MetadataMapper mapper =
        mapper(field("string", "'converters': [{'name': 'regex', 'pattern': '[A-Z]{2}-\\\\d{3}'}]"));

    @Test
    void letsMatchingTextThrough() {
      assertThat(toOpenText(mapper, "AB-123")).isEqualTo("AB-123");
      assertThat(toIconik(mapper, "CD-456")).containsExactly("CD-456");
    }

    @Test
    void reportsTextThatDoesNotMatchAsAWhole() {
      MappingProblem problem = onlyIssue(mapper.toOpenText(iconik("xAB-123")));

      assertThat(problem.code()).isEqualTo(MappingProblem.Code.PATTERN_MISMATCH);
      assertThat(problem.message()).isEqualTo("'xAB-123' does not match the pattern [A-Z]{2}-\\d{3}");
      assertThat(onlyIssue(mapper.toIconik(openText("AB-12"))).code()).isEqualTo(MappingProblem.Code.PATTERN_MISMATCH);
    }
  }

  @Nested
  class DateFormat {
    @Test
    void writesADateInThePatternAndReadsItBack() {
      MetadataMapper mapper = mapper(field("date", "'converters': [{'name': 'date-format', 'pattern': 'dd.MM.uuuu'}]"));

      assertThat(toOpenText(mapper, "2024-05-01")).isEqualTo("01.05.2024");
      assertThat(toIconik(mapper, "31.12.2025")).containsExactly("2025-12-31");
    }

    @Test
    void rejectsADateThePatternWouldSilentlyBend() {
      MetadataMapper mapper = mapper(field("date", "'converters': [{'name': 'date-format', 'pattern': 'dd.MM.uuuu'}]"));

      MappingProblem problem = onlyIssue(mapper.toIconik(openText("31.02.2024")));

      assertThat(problem.code()).isEqualTo(MappingProblem.Code.INVALID_VALUE);
      assertThat(problem.message()).isEqualTo("'31.02.2024' is not a date in the pattern 'dd.MM.uuuu'");
    }

    @Test
    void usesTheLocaleForNames() {
      MetadataMapper mapper = mapper(field("date",
          "'converters': [{'name': 'date-format', 'pattern': 'd. MMMM uuuu', 'locale': 'de-DE'}]"));

      assertThat(toOpenText(mapper, "2024-05-01")).isEqualTo("1. Mai 2024");
      assertThat(toIconik(mapper, "3. März 2024")).containsExactly("2024-03-03");
    }

    @Test
    void keepsTheOffsetOfADateTimeWhenThePatternHasOne() {
      MetadataMapper mapper = mapper(field("datetime",
          "'converters': [{'name': 'date-format', 'pattern': 'uuuu-MM-dd HH:mm:ss.SSSSSS xxx'}]"));

      assertThat(toOpenText(mapper, "2024-05-01T12:00:00.000001+02:00")).isEqualTo("2024-05-01 12:00:00.000001 +02:00");
      assertThat(toIconik(mapper, "2024-05-01 12:00:00.500000 -03:30"))
          .containsExactly("2024-05-01T12:00:00.500000-03:30");
    }

    @Test
    void writesADateTimeInUtcWhenThePatternHasNoOffset() {
      MetadataMapper mapper = mapper(field("datetime",
          "'direction': 'to-opentext', 'converters': [{'name': 'date-format', 'pattern': 'uuuu-MM-dd HH:mm'}]"));

      assertThat(toOpenText(mapper, "2024-05-01T12:30:00+02:00")).isEqualTo("2024-05-01 10:30");
    }

    @Test
    void readsADateTimeWithoutOffsetAsUtc() {
      MetadataMapper mapper = mapper(field("datetime",
          "'direction': 'to-iconik', 'converters': [{'name': 'date-format', 'pattern': 'uuuu-MM-dd HH:mm'}]"));

      assertThat(toIconik(mapper, "2024-05-01 10:30")).containsExactly("2024-05-01T10:30:00+00:00");
    }
  }

  @Nested
  class NumberFormat {
    @Test
    void groupsAnInteger() {
      MetadataMapper mapper = mapper(field("integer", "'converters': [{'name': 'number-format', 'grouping': ','}]"));

      assertThat(toOpenText(mapper, 1234567L)).isEqualTo("1,234,567");
      assertThat(toOpenText(mapper, -123L)).isEqualTo("-123");
      assertThat(toIconik(mapper, "-9,876,543")).containsExactly(-9876543L);
    }

    @Test
    void writesAPlainIntegerWithoutOptions() {
      MetadataMapper mapper = mapper(field("integer", "'converters': ['number-format']"));

      assertThat(toOpenText(mapper, 1234567L)).isEqualTo("1234567");
      assertThat(toIconik(mapper, "42")).containsExactly(42L);
    }

    @Test
    void writesFixedDecimalsWithLocalSeparators() {
      MetadataMapper mapper = mapper(field("decimal", "'converters': [{'name': 'number-format', 'decimals': 2, "
          + "'grouping': '.', 'decimal_separator': ','}]"));

      assertThat(toOpenText(mapper, new BigDecimal("-1234.5"))).isEqualTo("-1.234,50");
      assertThat(toOpenText(mapper, new BigDecimal("0.07"))).isEqualTo("0,07");
      assertThat(toIconik(mapper, "1.234.567,25")).containsExactly(new BigDecimal("1234567.25"));
    }

    @Test
    void rejectsAValueThatWouldNeedRoundingUnlessRoundingIsAskedFor() {
      MetadataMapper strict = mapper(field("decimal", "'converters': [{'name': 'number-format', 'decimals': 2}]"));
      MetadataMapper rounding = mapper(field("decimal",
          "'converters': [{'name': 'number-format', 'decimals': 2, 'rounding': 'half-up'}]"));

      MappingProblem problem = onlyIssue(strict.toOpenText(iconik(new BigDecimal("1.005"))));

      assertThat(problem.code()).isEqualTo(MappingProblem.Code.INVALID_VALUE);
      assertThat(problem.message()).isEqualTo("1.005 has more than 2 decimals and the number-format gives no rounding");
      assertThat(toOpenText(rounding, new BigDecimal("1.005"))).isEqualTo("1.01");
    }

    @Test
    void rejectsTextThatIsNotANumberInTheFormat() {
      MetadataMapper mapper = mapper(field("decimal", "'converters': [{'name': 'number-format', "
          + "'decimal_separator': ','}]"));

      assertThat(onlyIssue(mapper.toIconik(openText("1.5"))).code()).isEqualTo(MappingProblem.Code.INVALID_VALUE);
      assertThat(onlyIssue(mapper.toIconik(openText("one"))).message())
          .isEqualTo("'one' is not a number in the format of this field");
    }
  }

  @Nested
  class SplitAndJoin {
    private static final String JOIN_WITH_COMMA =
        field("string", "'list': true, 'converters': [{'name': 'join', 'separator': ','}]");
    @Test
    void splitTurnsOneIconikTextIntoAnOpenTextList() {
      MetadataMapper mapper = mapper(field("string",
          "'converters': [{'name': 'split', 'separator': ';'}, 'trim']"));

      assertThat(toOpenText(mapper, "news; sport ;weather")).isEqualTo(List.of("news", "sport", "weather"));
      assertThat(toOpenText(mapper, "news")).isEqualTo(List.of("news"));
      assertThat(toIconik(mapper, List.of("news", "sport"))).containsExactly("news;sport");
    }

    @Test
    void splitElementsAreReadAsTheFieldType() {
      MetadataMapper mapper = mapper(field("integer", "'converters': [{'name': 'split', 'separator': ','}]"));

      assertThat(toOpenText(mapper, "1,2,3")).isEqualTo(List.of(1L, 2L, 3L));
      assertThat(toIconik(mapper, List.of(4L, 5L))).containsExactly("4,5");
    }

    @Test
    void joinTurnsAnIconikListIntoOneOpenTextText() {
      MetadataMapper mapper = mapper(field("string", "'list': true, "
          + "'converters': [{'name': 'case', 'to': 'upper'}, {'name': 'join', 'separator': ' | '}]"));

      assertThat(toOpenText(mapper, List.of("de", "at"))).isEqualTo("DE | AT");
      assertThat(toOpenText(mapper, List.of("de"))).isEqualTo("DE");
      assertThat(toIconik(mapper, "FR | IT")).containsExactly("FR", "IT");
    }

    @Test
    void joinOfDatesNeedsADateFormatFirst() {
      MetadataMapper mapper = mapper(field("date", "'list': true, 'converters': ["
          + "{'name': 'date-format', 'pattern': 'dd.MM.uuuu'}, {'name': 'join', 'separator': ','}]"));

      assertThat(toOpenText(mapper, List.of("2024-01-31", "2024-02-01"))).isEqualTo("31.01.2024,01.02.2024");
      assertThat(toIconik(mapper, "05.06.2024")).containsExactly("2024-06-05");
    }

    @Test
    void joinRefusesAValueHoldingTheSeparatorRatherThanCorruptIt() {
      MetadataMapper mapper = mapper(JOIN_WITH_COMMA);

      MappingResult<OpenTextMetadata> result = mapper.toOpenText(iconik(List.of("Smith, J.", "Doe")));

      assertThat(result.value().isEmpty()).isTrue();
      MappingProblem problem = onlyIssue(result);
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.SEPARATOR_IN_VALUE);
      assertThat(problem.message()).startsWith("value 1 of 2 'Smith, J.' contains the separator ','");
    }

    @Test
    void joinRefusesAnEmptyValueThatWouldBeLost() {
      MetadataMapper mapper = mapper(JOIN_WITH_COMMA);

      MappingProblem problem = onlyIssue(mapper.toOpenText(iconik(List.of("a", ""))));

      assertThat(problem.code()).isEqualTo(MappingProblem.Code.INVALID_VALUE);
      assertThat(problem.message()).contains("value 2 of 2 is empty");
    }

    @Test
    void emptyJoinedTextIsNoValue() {
      MetadataMapper mapper = mapper(field("string",
          "'list': true, 'required': true, 'converters': [{'name': 'join', 'separator': ','}]"));

      MappingProblem problem = onlyIssue(mapper.toIconik(openText("")));

      assertThat(problem.code()).isEqualTo(MappingProblem.Code.REQUIRED_MISSING);
    }
  }

  @Test
  void convertersRunInSpecOrderGoingOutAndInReverseComingBack() {
    MetadataMapper mapper = mapper(field("string", "'converters': ['trim', {'name': 'case', 'to': 'lower'}, "
        + "{'name': 'regex', 'pattern': '[a-z]+'}]"));

    assertThat(toOpenText(mapper, "  ABC ")).isEqualTo("abc");
    assertThat(toIconik(mapper, "xyz")).containsExactly("xyz");
    // coming back the regex runs first, so it sees the OpenText text before case and trim could tidy it
    assertThat(onlyIssue(mapper.toIconik(openText(" XYZ"))).code()).isEqualTo(MappingProblem.Code.PATTERN_MISMATCH);
  }
}
