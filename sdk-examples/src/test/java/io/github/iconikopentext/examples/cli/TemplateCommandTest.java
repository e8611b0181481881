package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  static final String RESOURCES = "/io/github/iconikopentext/examples/cli/init/";

  @TempDir
  Path dir;
  private Path template;
  private Path values;
  private CliRunner cli;

  @BeforeEach
  void setUp() throws IOException {
    template = copy("approved-media.json");
    values = copy("values-dev.json");
    cli = new CliRunner(dir);
    cli.env.put("ICONIK_WEBHOOK_SECRET", "hook-secret-value");
    cli.env.put("REVIEW_HOOK_SECRET", "review-secret-value");
    cli.env.put("ICONIK_AUTH_TOKEN", "iconik-token-value");
    cli.env.put("OPENTEXT_CLIENT_SECRET", "client-secret-value");
  }

  @Test
  void validate_aCompleteTemplate_isValid() {
    CliRunner.Result r = validate();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).matches("valid: approved-media-to-opentext for dev \\(template [0-9a-f]{12}\\), "
        + "5 secret reference\\(s\\) resolve\\R");
  }

  @Test
  void validate_anUnresolvableSecret_namesItsPath_notAnyValue() {
    cli.env.remove("REVIEW_HOOK_SECRET");

    CliRunner.Result r = validate();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).contains("invalid: 1 problem(s)", "$.targets.review-channel.secret",
        "env:REVIEW_HOOK_SECRET").doesNotContain("secret-value");
  }

  @Test
  void validate_aBrokenTemplate_listsEveryProblem() throws IOException {
    Files.writeString(template, Files.readString(template)
        .replace("\"ApprovalGranted\"", "\"ApprovalGiven\"")
        .replace("\"env:ICONIK_AUTH_TOKEN\"", "\"literal-token\""));

    CliRunner.Result r = validate();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.out()).contains("invalid: 2 problem(s)", "$.routing[0].event", "$.credentials.iconik.secret")
        .doesNotContain("literal-token");
  }

  @Test
  void validate_aMissingFile_isAUsageError() {
    CliRunner.Result r = cli.run("template", "validate", "--template", dir.resolve("absent.json").toString(),
        "--values", values.toString(), "--environment", "dev");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("absent.json");
  }

  private CliRunner.Result validate() {
    return cli.run("template", "validate", "--template", template.toString(), "--values", values.toString(),
        "--environment", "dev");
  }

  private Path copy(String resource) throws IOException {
    try (InputStream in = TemplateCommandTest.class.getResourceAsStream(RESOURCES + resource)) {
      Path target = dir.resolve(resource);
      Files.copy(in, target);
      return target;
    }
  }
}
