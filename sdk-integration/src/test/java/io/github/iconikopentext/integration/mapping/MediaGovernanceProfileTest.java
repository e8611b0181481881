package io.github.iconikopentext.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaGovernanceProfileTest {
  private static final String TRAIT = "media_governance";
  private static final String INSTANCE = "iconik";

  private final MetadataMapper mapper = MetadataMapper.mediaGovernance();

  static MetadataValues asset() {
    return MetadataValues.builder()
        .put("project_code", "PRJ-2024-017")
        .put("campaign_name", "Summer Launch")
        .put("rights_holder", "Acme Studios Ltd")
        .put("usage_terms", "Social media only, no paid placement.")
        .put("license_url", "https://acme.example/licences/42")
        .put("rights_expiry_date", "2026-12-31")
        .put("embargo_until", "2025-06-01T09:00:00.250000+02:00")
        .putAll("territories", List.of("DE", "AT", "CH"))
        .put("rights_cleared", true)
        .put("approval_status", "APPROVED")
        .build();
  }

  @Test
  void builtInByNameIsTheGovernanceProfile() {
    MetadataMapper byName = MetadataMapper.builtIn(MetadataMapper.MEDIA_GOVERNANCE);

    assertThat(byName.name()).isEqualTo("media-governance");
    assertThat(byName.specVersion()).isEqualTo(1);
    assertThat(byName.toOpenText(asset())).isEqualTo(mapper.toOpenText(asset()));
  }

  @Test
  void unknownBuiltInNameIsAConfigurationError() {
    assertThatThrownBy(() -> MetadataMapper.builtIn("../secrets"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no built-in mapping spec named '../secrets'")
        .hasMessageContaining("media-governance");
  }

  @Test
  void mapsAllTenFieldsIntoTheTraitWithPlainJavaTypes() {
    MappingResult<OpenTextMetadata> result = mapper.toOpenText(asset());

    assertThat(result.isClean()).as("problems: %s", result.problems()).isTrue();
    OpenTextMetadata metadata = result.value();
    assertThat(metadata.properties()).isEmpty();
    assertThat(metadata.traits()).containsOnlyKeys(TRAIT);
    assertThat(metadata.traits().get(TRAIT)).containsOnlyKeys(INSTANCE);
    Map<String, Object> attributes = metadata.traits().get(TRAIT).get(INSTANCE);
    assertThat(attributes).containsExactlyInAnyOrderEntriesOf(Map.of(
        "project_code", "PRJ-2024-017",
        "campaign_name", "Summer Launch",
        "rights_holder", "Acme Studios Ltd",
        "usage_terms", "Social media only, no paid placement.",
        "license_url", "https://acme.example/licences/42",
        "rights_expiry_date", LocalDate.of(2026, 12, 31),
        "embargo_until", OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 250_000_000, ZoneOffset.ofHours(2)),
        "territories", List.of("DE", "AT", "CH"),
        "rights_cleared", true,
        "approval_status", "approved"));
  }

  @Test
  void mapsBackToTheSameIconikValues() {
    OpenTextMetadata openText = mapper.toOpenText(asset()).valueOrThrow();

    MappingResult<MetadataValues> back = mapper.toIconik(openText);

    assertThat(back.isClean()).as("problems: %s", back.problems()).isTrue();
    assertThat(back.value()).isEqualTo(asset());
  }

  @ParameterizedTest
  @CsvSource({"N/A, not_required", "REQUESTED, in_review", "APPROVED, approved", "NOT_APPROVED, rejected",
      "MIXED, partially_approved"})
  void approvalStatusMapsBothWays(String iconik, String openText) {
    MetadataValues values = asset().toBuilder().put("approval_status", iconik).build();

    OpenTextMetadata mapped = mapper.toOpenText(values).valueOrThrow();

    assertThat(mapped.attribute(TRAIT, INSTANCE, "approval_status")).contains(openText);
    assertThat(mapper.toIconik(mapped).valueOrThrow().strings("approval_status")).containsExactly(iconik);
  }

  @Test
  void unknownIconikApprovalStatusUsesTheFallbackAndWarns() {
    MetadataValues values = asset().toBuilder().put("approval_status", "ESCALATED").build();

    MappingResult<OpenTextMetadata> result = mapper.toOpenText(values);

    assertThat(result.value().attribute(TRAIT, INSTANCE, "approval_status")).contains("unknown");
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("approval_status");
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.ENUM_FALLBACK);
      assertThat(problem.severity()).isEqualTo(MappingProblem.Severity.WARNING);
      assertThat(problem.message()).contains("'ESCALATED'", "'unknown'");
    });
  }

  @Test
  void unknownOpenTextApprovalStatusIsRejectedNotGuessed() {
    OpenTextMetadata openText = OpenTextMetadata.builder()
        .attribute(TRAIT, INSTANCE, "project_code", "PRJ-1")
        .attribute(TRAIT, INSTANCE, "approval_status", "on_hold")
        .build();

    MappingResult<MetadataValues> result = mapper.toIconik(openText);

    assertThat(result.value().has("approval_status")).isFalse();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.UNMAPPED_ENUM_VALUE);
      assertThat(problem.message()).contains("'on_hold'");
    });
  }

  @Test
  void missingApprovalStatusDefaultsToNotApplicable() {
    MetadataValues values = asset().toBuilder().remove("approval_status").build();

    assertThat(mapper.toOpenText(values).valueOrThrow().attribute(TRAIT, INSTANCE, "approval_status"))
        .contains("not_required");
    OpenTextMetadata withoutStatus = OpenTextMetadata.builder()
        .attribute(TRAIT, INSTANCE, "project_code", "PRJ-1").build();
    assertThat(mapper.toIconik(withoutStatus).valueOrThrow().strings("approval_status")).containsExactly("N/A");
  }

  @Test
  void missingProjectCodeIsAnErrorAndTheRestIsStillMapped() {
    MetadataValues values = asset().toBuilder().remove("project_code").build();

    MappingResult<OpenTextMetadata> result = mapper.toOpenText(values);

    assertThat(result.problems()).extracting(MappingProblem::field, MappingProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("project_code", MappingProblem.Code.REQUIRED_MISSING));
    assertThat(result.value().traits().get(TRAIT).get(INSTANCE)).hasSize(9).doesNotContainKey("project_code");
    assertThatThrownBy(result::valueOrThrow)
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("REQUIRED_MISSING project_code");
  }

  @Test
  void projectCodeAndTerritoriesAreNormalisedAndChecked() {
    MetadataValues values = asset().toBuilder()
        .put("project_code", "  prj-7 ")
        .putAll("territories", List.of(" de", "FRANCE"))
        .build();

    MappingResult<OpenTextMetadata> result = mapper.toOpenText(values);

    assertThat(result.value().attribute(TRAIT, INSTANCE, "project_code")).contains("PRJ-7");
    assertThat(result.value().attribute(TRAIT, INSTANCE, "territories")).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("territories");
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.PATTERN_MISMATCH);
      assertThat(problem.message()).startsWith("value 2 of 2: 'FRANCE' does not match");
    });
  }

  @Test
  void oneTerritoryStaysAList() {
    MetadataValues values = asset().toBuilder().putAll("territories", List.of("DE")).build();

    OpenTextMetadata mapped = mapper.toOpenText(values).valueOrThrow();

    assertThat(mapped.attribute(TRAIT, INSTANCE, "territories")).contains(List.of("DE"));
    assertThat(mapper.toIconik(mapped).valueOrThrow().values("territories")).containsExactly("DE");
  }

  @Test
  void unknownIconikFieldsAreWarnedAboutAndOtherOpenTextDataIgnored() {
    MetadataValues values = asset().toBuilder().put("colour_grade", "warm").build();
    OpenTextMetadata openText = OpenTextMetadata.builder()
        .property("name", "clip.mov")
        .attribute("other_trait", "x", "y", 1L)
        .attribute(TRAIT, INSTANCE, "project_code", "PRJ-1")
        .build();

    MappingResult<OpenTextMetadata> toOpenText = mapper.toOpenText(values);

    assertThat(toOpenText.hasErrors()).isFalse();
    assertThat(toOpenText.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("colour_grade");
      assertThat(problem.code()).isEqualTo(MappingProblem.Code.UNMAPPED_FIELD);
      assertThat(problem.severity()).isEqualTo(MappingProblem.Severity.WARNING);
    });
    assertThat(mapper.toIconik(openText).isClean()).isTrue();
  }
}
