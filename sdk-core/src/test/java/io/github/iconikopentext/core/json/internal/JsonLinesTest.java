package io.github.iconikopentext.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final String JSON = """
      {
        "name": "a \\"quoted\\" name: {not} [an object]",
        "routing": [
          {"event": "ApprovalGranted", "target": "opentext"},
          {
            "event": "ReviewRequested",
            "target": "review-channel"
          }
        ],
        "targets": {"review-channel": {"secret": "env:X"}}
      }
      """;

  @Test
  void everyPath_isOnItsLine_andAMissingPath_onItsNearestAncestors() {
    JsonLines lines = JsonLines.of(JSON);

    assertThat(lines.syntaxErrorLine()).isZero();
    assertThat(lines.line("$")).isEqualTo(1);
    assertThat(lines.line("$.name")).isEqualTo(2);
    assertThat(lines.line("$.routing[0].target")).isEqualTo(4);
    assertThat(lines.line("$.routing[1]")).isEqualTo(5);
    assertThat(lines.line("$.routing[1].target")).isEqualTo(7);
    assertThat(lines.line("$.targets.review-channel.secret")).isEqualTo(10);
    assertThat(lines.line("$.routing[1].format")).as("absent: its object's line").isEqualTo(5);
    assertThat(lines.line("$.nowhere.deeper")).isEqualTo(1);
  }

  @Test
  void aSyntaxError_isOnItsLine() {
    assertThat(JsonLines.of("{\n  \"a\": 1,\n  \"b\" 2\n}").syntaxErrorLine()).isEqualTo(3);
    assertThat(JsonLines.of("{\n  \"a\": \"no end\n}").syntaxErrorLine()).isEqualTo(2);
    assertThat(JsonLines.of("{\"a\": 1}\n\n garbage").syntaxErrorLine()).isEqualTo(3);
    assertThat(JsonLines.of("{\n\"a\": [1,\n").syntaxErrorLine()).isEqualTo(3);
    assertThat(JsonLines.of("").syntaxErrorLine()).isEqualTo(1);
  }
}
