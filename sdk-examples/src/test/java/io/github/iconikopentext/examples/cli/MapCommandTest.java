package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandTest {
  @TempDir
  Path dir;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(dir);
  }

  @Test
  void toOpenText_withTheGovernanceProfile_printsTraitsAndNoIssues() throws IOException {
    Path input = Files.writeString(dir.resolve("iconik.json"), """
        {"project_code": [" spring-24 "], "territories": ["de", "fr"], "rights_cleared": [true],
         "approval_status": ["APPROVED"]}""");

    CliRunner.Result r = cli.run("map", "--builtin", "media-governance", "--direction", "to-opentext",
        "--input", input.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"media_governance\"", "\"project_code\": \"SPRING-24\"", "\"DE\"", "\"FR\"",
        "\"approval_status\": \"approved\"", "\"rights_cleared\": true");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void toOpenText_aValueBreakingARule_isReported_andExitsOne() throws IOException {
    Path input = Files.writeString(dir.resolve("iconik.json"), """
        {"project_code": ["no spaces allowed"], "territories": ["Germany"]}""");

    CliRunner.Result r = cli.run("map", "--builtin", "media-governance", "--direction", "to-opentext",
        "--input", input.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("ERROR PATTERN_MISMATCH project_code", "ERROR PATTERN_MISMATCH territories");
  }

  @Test
  void toIconik_fromACmsInstancesTraits_withASpecFile() throws IOException {
    Path spec = Files.writeString(dir.resolve("spec.json"), """
        {"spec_version": 1, "name": "titles", "fields": [
          {"iconik": "title", "opentext": {"property": "title"}, "type": "string"},
          {"iconik": "episode", "opentext": {"trait": "show", "instance": "main", "attribute": "episode"},
           "type": "integer"}]}""");
    Path input = Files.writeString(dir.resolve("cms.json"), """
        {"id": "i-1", "properties": {"title": "Pilot"}, "traits": {"show": {"main": {"episode": 1}}}}""");

    CliRunner.Result r = cli.run("map", "--spec", spec.toString(), "--direction", "to-iconik",
        "--input", input.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"title\": [", "\"Pilot\"", "\"episode\": [", "1");
  }

  @Test
  void anInvalidSpec_listsItsProblems_andExitsOne() throws IOException {
    Path spec = Files.writeString(dir.resolve("spec.json"), """
        {"spec_version": 1, "name": "bad", "fields": [{"iconik": "x", "opentext": {"property": "x"},
         "type": "strin", "reqired": true}]}""");
    Path input = Files.writeString(dir.resolve("in.json"), "{}");

    CliRunner.Result r = cli.run("map", "--spec", spec.toString(), "--direction", "to-opentext",
        "--input", input.toString());

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("$.fields[0].type", "$.fields[0].reqired");
  }

  @Test
  void badArguments_areUsageErrors() throws IOException {
    Path input = Files.writeString(dir.resolve("in.json"), "[1, 2]");

    assertThat(cli.run("map", "--builtin", "media-governance", "--direction", "sideways", "--input",
        input.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("map", "--builtin", "media-governance", "--direction", "to-opentext", "--input",
        input.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("map", "--builtin", "no-such-profile", "--direction", "to-opentext", "--input",
        input.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("map", "--direction", "to-opentext", "--input", input.toString()).exitCode())
        .as("a spec is required").isEqualTo(ExitCodes.USAGE);
  }
}
