package io.github.iconikopentext.integration.mapping;

import static io.github.iconikopentext.integration.mapping.Specs.field;
import static io.github.iconikopentext.integration.mapping.Specs.mapper;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.MetadataValues;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredDefaultsAndShapesTest {

  @Test
  void aRequiredFieldMissingInIconikIsAnError() {
    MappingResult<OpenTextMetadata> result =
        mapper(field("string", "'required': true")).toOpenText(MetadataValues.empty());

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("f");
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.REQUIRED_MISSING);
      assertThat(problem.severity()).isEqualTo(MappingProblem.Severity.ERROR);
    });
  }

  @Test
  void anEmptyValueListCountsAsMissing() {
    MappingResult<OpenTextMetadata> result = mapper(field("string", "'required': true, 'list': true"))
        .toOpenText(MetadataValues.builder().putAll("f", List.of()).build());

    assertThat(result.problems()).extracting(MappingProblem::code).containsExactly(MappingProblem.Code.REQUIRED_MISSING);
  }

  @Test
  void aRequiredFieldMissingInOpenTextIsAnError() {
    MappingResult<MetadataValues> result =
        mapper(field("date", "'required': true")).toIconik(OpenTextMetadata.empty());

    assertThat(result.problems()).extracting(MappingProblem::code).containsExactly(MappingProblem.Code.REQUIRED_MISSING);
  }

  @Test
  void anOptionalMissingFieldIsSimplyAbsent() {
    MetadataMapper mapper = mapper(field("string", ""));

    assertThat(mapper.toOpenText(MetadataValues.empty()).isClean()).isTrue();
    assertThat(mapper.toOpenText(MetadataValues.empty()).value().isEmpty()).isTrue();
    assertThat(mapper.toIconik(OpenTextMetadata.empty()).value().isEmpty()).isTrue();
  }

  @Test
  void aDefaultFillsAMissingValueInBothDirections() {
    MetadataMapper mapper = mapper(field("date", "'default': '2099-12-31'"));

    assertThat(mapper.toOpenText(MetadataValues.empty()).valueOrThrow().properties())
        .containsEntry("p", LocalDate.of(2099, 12, 31));
    assertThat(mapper.toIconik(OpenTextMetadata.empty()).valueOrThrow().values("f")).containsExactly("2099-12-31");
  }

  @Test
  void aDefaultDoesNotReplaceAValue() {
    MetadataMapper mapper = mapper(field("integer", "'default': 5"));

    assertThat(mapper.toOpenText(MetadataValues.builder().put("f", 6L).build()).valueOrThrow().properties())
        .containsEntry("p", 6L);
  }

  @Test
  void aListDefaultStaysAList() {
    MetadataMapper mapper = mapper(field("string", "'list': true, 'default': ['WORLD']"));

    assertThat(mapper.toOpenText(MetadataValues.empty()).valueOrThrow().properties())
        .containsEntry("p", List.of("WORLD"));
    assertThat(mapper.toIconik(OpenTextMetadata.empty()).valueOrThrow().values("f")).containsExactly("WORLD");
  }

  @Test
  void aSingleValueFieldWithSeveralValuesMapsNoneRatherThanPickOne() {
    MetadataMapper mapper = mapper(field("string", ""));

    MappingResult<OpenTextMetadata> there =
        mapper.toOpenText(MetadataValues.builder().putAll("f", List.of("a", "b")).build());
    MappingResult<MetadataValues> back = mapper.toIconik(
        OpenTextMetadata.builder().property("p", List.of("a", "b", "c")).build());

    assertThat(there.value().isEmpty()).isTrue();
    assertThat(there.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.MULTIPLE_VALUES);
      assertThat(problem.message()).isEqualTo("the field takes one value but has 2; none was mapped");
    });
    assertThat(back.value().isEmpty()).isTrue();
    assertThat(back.problems()).extracting(MappingProblem::code).containsExactly(MappingProblem.Code.MULTIPLE_VALUES);
  }

  @Test
  void openTextShapesAreReadLeniently() {
    MetadataMapper list = mapper(field("string", "'list': true"));
    MetadataMapper single = mapper(field("string", ""));

    assertThat(list.toIconik(OpenTextMetadata.builder().property("p", "only").build()).valueOrThrow().values("f"))
        .containsExactly("only");
    assertThat(single.toIconik(OpenTextMetadata.builder().property("p", List.of("one")).build()).valueOrThrow()
        .values("f")).containsExactly("one");
  }

  @Test
  void aFieldMappedOneWayIsNotMappedTheOtherWay() {
    MetadataMapper mapper = mapper(
        "{'iconik': 'out', 'opentext': {'property': 'out'}, 'type': 'string', 'direction': 'to-opentext'}",
        "{'iconik': 'in', 'opentext': {'property': 'in'}, 'type': 'string', 'direction': 'to-iconik'}");

    OpenTextMetadata there = mapper.toOpenText(MetadataValues.builder().put("out", "x").put("in", "y").build())
        .valueOrThrow();
    MetadataValues back = mapper.toIconik(OpenTextMetadata.builder().property("out", "x").property("in", "y").build())
        .valueOrThrow();

    assertThat(there.properties()).containsOnlyKeys("out");
    assertThat(back.fields()).containsExactly("in");
  }

  @Test
  void propertiesAndSeveralTraitInstancesAreFilledSideBySide() {
    MetadataMapper mapper = mapper(
        "{'iconik': 'a', 'opentext': {'property': 'a'}, 'type': 'string'}",
        "{'iconik': 'b', 'opentext': {'trait': 't1', 'instance': 'i1', 'attribute': 'b'}, 'type': 'string'}",
        "{'iconik': 'c', 'opentext': {'trait': 't1', 'instance': 'i2', 'attribute': 'c'}, 'type': 'string'}",
        "{'iconik': 'd', 'opentext': {'trait': 't2', 'instance': 'i1', 'attribute': 'd'}, 'type': 'string'}",
        "{'iconik': 'e', 'opentext': {'trait': 't1', 'instance': 'i1', 'attribute': 'e'}, 'type': 'string'}");
    OpenTextMetadata expected = OpenTextMetadata.builder()
        .property("a", "1")
        .attribute("t1", "i1", "b", "2")
        .attribute("t1", "i1", "e", "5")
        .attribute("t2", "i1", "d", "4")
        .build();

    OpenTextMetadata mapped = mapper.toOpenText(
        MetadataValues.builder().put("a", "1").put("b", "2").put("d", "4").put("e", "5").build()).valueOrThrow();

    assertThat(mapped).isEqualTo(expected);
    assertThat(mapped.hashCode()).isEqualTo(expected.hashCode());
    assertThat(mapped.traits().get("t1")).as("instance without values left out").containsOnlyKeys("i1");
    assertThat(mapped.toString()).contains("t1={i1={b=2, e=5}}");
  }
}
