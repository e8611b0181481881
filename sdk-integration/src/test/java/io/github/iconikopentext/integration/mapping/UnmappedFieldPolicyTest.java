package io.github.iconikopentext.integration.mapping;

import static io.github.iconikopentext.integration.mapping.Specs.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.MetadataValues;
import org.junit.jupiter.api.Test;

class UnmappedFieldPolicyTest {
  private static final String FIELDS = "'fields': ["
      + "{'iconik': 'known', 'opentext': {'trait': 't', 'instance': 'i', 'attribute': 'known'}, 'type': 'string'},"
      + "{'iconik': 'back_only', 'opentext': {'property': 'back_only'}, 'type': 'string', 'direction': 'to-iconik'}]";

  private static MetadataMapper withPolicy(String unmapped) {
    return MetadataMapper.fromJson(json("{'spec_version': 1, 'name': 't', 'unmapped': " + unmapped + ", "
        + FIELDS + "}"));
  }

  private static final MetadataValues ICONIK = MetadataValues.builder()
      .put("known", "k").put("back_only", "b").put("stray", "s").build();
  private static final OpenTextMetadata OPENTEXT = OpenTextMetadata.builder()
      .property("name", "clip.mov")
      .attribute("t", "i", "known", "k")
      .attribute("t", "i", "extra", "x")
      .attribute("t", "other", "known", "k")
      .attribute("u", "i", "a", "v")
      .build();

  @Test
  void failReportsEachUnknownSourceFieldAsAnError() {
    MappingResult<OpenTextMetadata> there = withPolicy("'fail'").toOpenText(ICONIK);
    MappingResult<MetadataValues> back = withPolicy("'fail'").toIconik(OPENTEXT);

    assertThat(there.problems()).extracting(MappingProblem::field, MappingProblem::code, MappingProblem::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("stray", MappingProblem.Code.UNMAPPED_FIELD,
            MappingProblem.Severity.ERROR));
    assertThat(there.value().attribute("t", "i", "known")).contains("k");
    assertThat(back.hasErrors()).isTrue();
    assertThat(back.problems()).extracting(MappingProblem::field)
        .containsExactly("properties.name", "traits.t.i.extra", "traits.t.other", "traits.u");
  }

  @Test
  void warnReportsThemAsWarnings() {
    MappingResult<OpenTextMetadata> there = withPolicy("'warn'").toOpenText(ICONIK);

    assertThat(there.hasErrors()).isFalse();
    assertThat(there.problems()).extracting(MappingProblem::severity).containsExactly(MappingProblem.Severity.WARNING);
  }

  @Test
  void ignoreSaysNothing() {
    assertThat(withPolicy("'ignore'").toOpenText(ICONIK).isClean()).isTrue();
    assertThat(withPolicy("'ignore'").toIconik(OPENTEXT).isClean()).isTrue();
  }

  @Test
  void eachDirectionHasItsOwnPolicy() {
    MetadataMapper mapper = withPolicy("{'to_opentext': 'fail', 'to_iconik': 'ignore'}");

    assertThat(mapper.toOpenText(ICONIK).hasErrors()).isTrue();
    assertThat(mapper.toIconik(OPENTEXT).isClean()).isTrue();
  }

  @Test
  void theDefaultPolicyIsWarn() {
    MetadataMapper mapper = MetadataMapper.fromJson(json("{'spec_version': 1, 'name': 't', " + FIELDS + "}"));

    assertThat(mapper.toOpenText(ICONIK).problems()).extracting(MappingProblem::severity)
        .containsExactly(MappingProblem.Severity.WARNING);
  }
}
