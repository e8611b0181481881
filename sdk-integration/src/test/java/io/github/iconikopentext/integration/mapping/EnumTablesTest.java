package io.github.iconikopentext.integration.mapping;

import static io.github.iconikopentext.integration.mapping.Specs.mapper;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.MetadataValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumTablesTest {
  private static final String TABLES = "'enum': {"
      + "'to_opentext': {'values': {'HIGH': 'P1', 'LOW': 'P3'}, 'fallback': %s},"
      + "'to_iconik': {'values': {'P1': 'HIGH', 'P2': 'HIGH', 'P3': 'LOW'}, 'fallback': %s}}";

  private static MetadataMapper priority(String toOpenTextFallback, String toIconikFallback, String extra) {
    return mapper("{'iconik': 'priority', 'opentext': {'property': 'prio'}, 'type': 'enum', "
        + String.format(TABLES, toOpenTextFallback, toIconikFallback) + extra + "}");
  }

  private static MetadataValues iconik(Object value) {
    return value instanceof List<?> list ? MetadataValues.builder().putAll("priority", list).build()
        : MetadataValues.builder().put("priority", value).build();
  }

  private static OpenTextMetadata openText(Object value) {
    return OpenTextMetadata.builder().property("prio", value).build();
  }

  @Test
  void eachDirectionUsesItsOwnTable() {
    MetadataMapper mapper = priority("'reject'", "'reject'", "");

    assertThat(mapper.toOpenText(iconik("HIGH")).valueOrThrow().properties()).containsEntry("prio", "P1");
    assertThat(mapper.toIconik(openText("P2")).valueOrThrow().values("priority")).containsExactly("HIGH");
  }

  @Test
  void rejectFallbackLeavesTheValueOutWithAnError() {
    MetadataMapper mapper = priority("'reject'", "'reject'", "");

    MappingResult<OpenTextMetadata> result = mapper.toOpenText(iconik("MEDIUM"));

    assertThat(result.value().isEmpty()).isTrue();
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.UNMAPPED_ENUM_VALUE);
      assertThat(problem.severity()).isEqualTo(MappingProblem.Severity.ERROR);
      assertThat(problem.message()).startsWith("'MEDIUM' is not in the to_opentext table");
    });
  }

  @Test
  void useFallbackMapsTheValueWithAWarning() {
    MetadataMapper mapper = priority("{'use': 'P2'}", "{'use': 'LOW'}", "");

    MappingResult<OpenTextMetadata> there = mapper.toOpenText(iconik("MEDIUM"));
    MappingResult<MetadataValues> back = mapper.toIconik(openText("P9"));

    assertThat(there.value().properties()).containsEntry("prio", "P2");
    assertThat(there.problems()).extracting(MappingProblem::code, MappingProblem::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MappingProblem.Code.ENUM_FALLBACK,
            MappingProblem.Severity.WARNING));
    assertThat(back.value().values("priority")).containsExactly("LOW");
    assertThat(back.problems()).extracting(MappingProblem::message)
        .containsExactly("'P9' is not in the to_iconik table; used the fallback 'LOW'");
  }

  @Test
  void matchingIsExactUnlessAConverterNormalisesFirst() {
    MetadataMapper exact = priority("'reject'", "'reject'", "");
    MetadataMapper normalised =
        priority("'reject'", "'reject'", ", 'converters': ['trim', {'name': 'case', 'to': 'upper'}]");

    assertThat(exact.toOpenText(iconik("high")).hasErrors()).isTrue();
    assertThat(normalised.toOpenText(iconik(" high ")).valueOrThrow().properties()).containsEntry("prio", "P1");
  }

  @Test
  void aListOfEnumValuesMapsElementByElement() {
    MetadataMapper mapper = priority("'reject'", "'reject'", ", 'list': true");

    OpenTextMetadata mapped = mapper.toOpenText(iconik(List.of("LOW", "HIGH"))).valueOrThrow();

    assertThat(mapped.properties()).containsEntry("prio", List.of("P3", "P1"));
    assertThat(mapper.toIconik(mapped).valueOrThrow().values("priority")).containsExactly("LOW", "HIGH");
  }

  @Test
  void aToOpenTextOnlyFieldNeedsOnlyItsTable() {
    MetadataMapper mapper = mapper("{'iconik': 'priority', 'opentext': {'property': 'prio'}, 'type': 'enum', "
        + "'direction': 'to-opentext', 'enum': {'to_opentext': {'values': {'HIGH': 'P1'}, 'fallback': 'reject'}}}");

    assertThat(mapper.toOpenText(iconik("HIGH")).valueOrThrow().properties()).containsEntry("prio", "P1");
    assertThat(mapper.toIconik(openText("P1")).valueOrThrow().isEmpty()).isTrue();
  }
}
