package io.github.iconikopentext.integration.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTemplateTest {

  private static TransferItem item(String fileName, Map<String, ?> metadata) {
    return new TransferItem(new TransferId("asset-1", "file-1", "archive"), fileName, 10, null, metadata);
  }

  private static String fill(String template, String fileName, Map<String, ?> metadata) {
    return PathTemplate.of(template).fill(item(fileName, metadata));
  }

  @Test
  void fillsBuiltInPlaceholdersAndMetadataValues() {
    TransferItem item = item("trailer.mov", Map.of("project_code", "SPRING-24", "year", 2026));

    assertThat(PathTemplate.of("{project_code}/{year}/{asset_id}/{file_id}-{file_name}").fill(item))
        .isEqualTo("SPRING-24/2026/asset-1/file-1-trailer.mov");
    assertThat(PathTemplate.of("{target}/{transfer_id}").fill(item)).isEqualTo("archive/" + item.id().value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../{file_name}", "a/../{file_name}", "./{file_name}", "{asset_id}/..", "a//{file_name}",
      "{asset_id}/", " /{file_name}"})
  void aTemplateThatTraversesOrHasAnEmptySegment_isRefusedWhenParsed(String template) {
    assertThatThrownBy(() -> PathTemplate.of(template)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'" + template + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/{file_name}", "//{file_name}", "/srv/media/{file_name}", "a\\{file_name}",
      "..\\{file_name}", "", "   "})
  void absoluteTemplatesAndBackslashes_areRefused(String template) {
    assertThatThrownBy(() -> PathTemplate.of(template)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("relative, non-empty and use /");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "../etc", "a/../../etc", "/etc/passwd", "..\\..\\windows", "a\\b", "", " "})
  void aValueThatTraversesOrHoldsASeparator_isRefused_neverRewritten(String value) {
    assertThatThrownBy(() -> fill("{project_code}/{file_name}", "f.mov", Map.of("project_code", value)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("{project_code}");
    assertThatThrownBy(() -> fill("{asset_id}/{file_name}", value, Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("{file_name}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad\u0000name", "line\nbreak", "tab\tbed", "bell\u0007", "del\u007f", "c1\u0085next",
      "esc\u001b[31m"})
  void controlCharacters_areRefused(String fileName) {
    assertThatThrownBy(() -> fill("{asset_id}/{file_name}", fileName, Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("control character")
        .hasMessageNotContaining(fileName);
  }

  @Test
  void controlCharactersInTheTemplateItself_areRefused() {
    assertThatThrownBy(() -> PathTemplate.of("in\u0000box/{file_name}")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("control character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{Project}/{file_name}", "{asset-id}/{file_name}", "{asset_id/{file_name}",
      "{asset_id}}/{file_name}", "{}/{file_name}", "{{asset_id}}", "{ asset_id }/{file_name}", "{1st}/{file_name}"})
  void malformedPlaceholders_areRefusedWhenParsed_notLeftLiterallyInThePath(String template) {
    assertThatThrownBy(() -> PathTemplate.of(template)).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("malformed placeholder");
  }

  @Test
  void aTemplateWithoutPlaceholder_isRefused() {
    assertThatThrownBy(() -> PathTemplate.of("archive/master.mov")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no placeholder");
  }

  @Test
  void anUnknownPlaceholder_isRefusedWhenFilled_namingItAndTheKnownMetadataKeys() {
    PathTemplate template = PathTemplate.of("{projct_code}/{file_name}");

    assertThatThrownBy(() -> template.fill(item("f.mov", Map.of("project_code", "P1"))))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no value for {projct_code}").hasMessageContaining("[project_code]");
    assertThatThrownBy(() -> template.fill(item("f.mov", null))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no value for {projct_code}");
    Map<String, Object> nullValue = new HashMap<>();
    nullValue.put("projct_code", null);
    assertThatThrownBy(() -> template.fill(item("f.mov", nullValue))).isInstanceOf(ConfigurationException.class);
  }

  @Test
  void metadataThatIsNotAMap_offersNoPlaceholders() {
    assertThatThrownBy(() -> PathTemplate.of("{project_code}/{file_name}").fill(item("f.mov", null)))
        .isInstanceOf(ConfigurationException.class);
    assertThat(PathTemplate.of("{asset_id}/{file_name}").fill(new TransferItem(
        new TransferId("a", "f", "t"), "x.mov", 1, null, "not a map"))).isEqualTo("a/x.mov");
  }

  @Test
  void nonAsciiValues_arePlacedAsTheyAre_andNothingIsDecoded() {
    assertThat(fill("{project_code}/{file_name}", "Bühne 東京 🎬.mov", Map.of("project_code", "Été")))
        .isEqualTo("Été/Bühne 東京 🎬.mov");
    assertThat(fill("{project_code}/{file_name}", "%2e%2e", Map.of("project_code", "%2F..%2F")))
        .as("percent-encoded text is a name, not a path").isEqualTo("%2F..%2F/%2e%2e");
    assertThat(fill("{asset_id}/{file_name}", "a..b", Map.of())).isEqualTo("asset-1/a..b");
    assertThat(fill("{asset_id}/{file_name}", "$1 and $2.mov", Map.of()))
        .as("replacement syntax is not interpreted").isEqualTo("asset-1/$1 and $2.mov");
  }

  @Test
  void textThatIsNotWellFormedUnicode_isRefused() {
    assertThatThrownBy(() -> fill("{asset_id}/{file_name}", "clip\uD83C.mov", Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("not well-formed Unicode");
    assertThatThrownBy(() -> fill("{asset_id}/{file_name}", "\uDFAC.mov", Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("not well-formed Unicode");
    assertThat(fill("{asset_id}/{file_name}", "clip\uD83C\uDFAC.mov", Map.of())).endsWith("clip🎬.mov");
  }

  @Test
  void theLimitIsOnUtf8Bytes_notCharacters() {
    String fits = "é".repeat(500); // 1000 bytes in UTF-8, 500 characters
    String over = "é".repeat(520); // 1040 bytes

    assertThat(fill("{file_name}", fits, Map.of()).getBytes(StandardCharsets.UTF_8)).hasSize(1000);
    assertThatThrownBy(() -> fill("{file_name}", over, Map.of())).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("longer than 1024 bytes");
  }

  @Test
  void toString_isTheTemplate() {
    assertThat(PathTemplate.of("{asset_id}/{file_name}")).hasToString("{asset_id}/{file_name}");
  }
}
