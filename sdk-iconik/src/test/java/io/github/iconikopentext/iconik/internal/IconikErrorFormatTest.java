package io.github.iconikopentext.iconik.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.http.internal.ErrorBodyParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class IconikErrorFormatTest {

  private static ErrorDetails parse(String body) {
    return ErrorBodyParser.parse(body, List.of("tok-SECRET"), IconikErrorFormat.INSTANCE);
  }

  @Test
  void errorList_becomesMessages_masked() {
    ErrorDetails d = parse("{\"errors\": [\"Asset not found\", \"bad token tok-SECRET\"]}");

    assertThat(d.messages()).hasSize(2).first().isEqualTo("Asset not found");
    assertThat(d.messages().get(1)).doesNotContain("tok-SECRET");
  }

  @Test
  void errorMap_becomesFieldErrors_nestedObjectsSkipped() {
    ErrorDetails d = parse("{\"errors\": {\"title\": \"Missing data for required field.\", \"meta\": {\"a\": 1}}}");

    assertThat(d.fieldErrors()).containsExactly(java.util.Map.entry("title", "Missing data for required field."));
  }

  @Test
  void withoutTheFormat_iconikShapesAreNotRead() {
    assertThat(ErrorBodyParser.parse("{\"errors\": [\"Asset not found\"]}", List.of(), null).messages()).isEmpty();
  }
}
