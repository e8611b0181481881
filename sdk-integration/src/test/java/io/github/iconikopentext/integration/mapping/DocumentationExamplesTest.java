package io.github.iconikopentext.integration.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.iconikopentext.iconik.model.MetadataValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The specs and outputs shown in docs/metadata-mapping.md are the real ones. */
class DocumentationExamplesTest {
  private static final Path PAGE = Path.of("..", "docs", "metadata-mapping.md");

  private static List<String> codeBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(PAGE)) {
      if (line.startsWith("```")) {
        if (block == null) {
          block = new StringBuilder();
        } else {
          blocks.add(block.toString());
          block = null;
        }
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  private static String block(String containing) throws IOException {
    return codeBlocks().stream().filter(b -> b.contains(containing)).findFirst().orElseThrow();
  }

  @Test
  void theFiveMistakesExampleReportsWhatThePageShows() throws IOException {
    MappingSpecException e = catchThrowableOfType(MappingSpecException.class,
        () -> MetadataMapper.fromJson(block("\"name\": \"five-mistakes\"")));

    assertThat(e.problems()).hasSize(5);
    assertThat(e.getMessage() + '\n').isEqualTo(block("mapping spec 'five-mistakes' is invalid"));
  }

  @Test
  void theCompleteExampleMapsAsThePageSays() throws IOException {
    MetadataMapper mapper = MetadataMapper.fromJson(block("\"name\": \"broadcast-delivery\""));
    MetadataValues iconik = MetadataValues.builder()
        .put("house_number", " hn-004211 ")
        .put("synopsis", "A quiet village…")
        .put("episode", 7L)
        .put("duration_seconds", 1712.5d)
        .put("air_date", "2025-03-14")
        .put("delivered_at", "2025-03-01T16:20:00+00:00")
        .putAll("genres", List.of("Drama", " Crime"))
        .putAll("languages", List.of("EN", "de"))
        .put("cast", "Ann Smith; Bo Jones")
        .build();

    MappingResult<OpenTextMetadata> there = mapper.toOpenText(iconik);

    assertThat(there.problems()).isEmpty();
    assertThat(there.value()).isEqualTo(OpenTextMetadata.builder()
        .property("house_number", "HN-004211")
        .property("synopsis", "A quiet village…")
        .property("episode_number", 7L)
        .property("duration", "1712.500")
        .property("subtitled", false)
        .property("air_date_label", "Friday 14 March 2025")
        .property("genres", List.of("drama", "crime"))
        .property("language_codes", "en,de")
        .attribute("scheduling", "first_run", "air_date", LocalDate.of(2025, 3, 14))
        .attribute("scheduling", "first_run", "delivered", OffsetDateTime.of(2025, 3, 1, 16, 20, 0, 0, ZoneOffset.UTC))
        .attribute("scheduling", "first_run", "qc", "0")
        .attribute("credits", "main", "cast", List.of("Ann Smith", "Bo Jones"))
        .build());

    OpenTextMetadata withVersion = OpenTextMetadata.of(
        mergedProperties(there.value(), Map.of("version_label", "v3")), there.value().traits());
    MappingResult<MetadataValues> back = mapper.toIconik(withVersion);

    assertThat(back.problems()).isEmpty();
    assertThat(back.value()).isEqualTo(iconik.toBuilder()
        .put("house_number", "HN-004211")
        .putAll("genres", List.of("drama", "crime"))
        .putAll("languages", List.of("en", "de"))
        .put("duration_seconds", new BigDecimal("1712.500"))
        .put("subtitled", false)
        .put("qc_state", "PENDING")
        .put("cms_version_label", "v3")
        .build());
  }

  @Test
  void theGovernanceTableListsEveryFieldOfTheProfile() throws IOException {
    String page = Files.readString(PAGE);
    MetadataValues everyField = MediaGovernanceProfileTest.asset();

    for (String field : everyField.fields()) {
      assertThat(page).contains("| `" + field + "` |");
    }
    assertThat(MetadataMapper.mediaGovernance().toOpenText(everyField).value().traits().get("media_governance")
        .get("iconik")).hasSize(everyField.fields().size());
  }

  private static Map<String, Object> mergedProperties(OpenTextMetadata metadata, Map<String, Object> extra) {
    Map<String, Object> merged = new java.util.LinkedHashMap<>(metadata.properties());
    merged.putAll(extra);
    return merged;
  }
}
