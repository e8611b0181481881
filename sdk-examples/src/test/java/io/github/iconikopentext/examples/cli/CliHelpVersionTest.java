package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --help} and {@code --version} work on every command of the tree, including ones added later. */
class CliHelpVersionTest {
  private static final String PROJECT_VERSION = System.getProperty("project.version");

  @TempDir
  Path dir;

  static Stream<String> commands() {
    return CommandTree.all().stream().map(CommandTree::path);
  }

  private CliRunner.Result run(String path, String... more) {
    List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
    args.addAll(List.of(more));
    return new CliRunner(dir).run(args.toArray(String[]::new));
  }

  @Test
  void theTree_holdsEveryCommand() {
    assertThat(commands()).contains("", "demo", "iconik assets list", "iconik asset get", "iconik metadata get",
        "opentext token", "opentext cms list", "webhook verify", "webhook sign", "map", "audit verify",
        "template validate", "template plan", "template apply", "transfer", "status", "completion");
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("commands")
  void help_printsTheCommandsUsageOnStdout_andExitsZero(String path) {
    for (String option : List.of("--help", "-h")) {
      CliRunner.Result r = run(path, option);

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).as(r.toString())
          .startsWith("Usage: iconik-opentext" + (path.isEmpty() ? "" : " " + path) + " [-hV]")
          .contains("-h, --help", "-V, --version");
      assertThat(r.err()).as(r.toString()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} --version")
  @MethodSource("commands")
  void version_printsTheVersionMavenBuilt_andExitsZero(String path) {
    for (String option : List.of("--version", "-V")) {
      CliRunner.Result r = run(path, option);

      assertThat(r.exitCode()).as(r.toString()).isZero();
      assertThat(r.out()).as(r.toString())
          .isEqualTo("iconik-opentext SDK CLI " + PROJECT_VERSION + System.lineSeparator());
      assertThat(r.err()).as(r.toString()).isEmpty();
    }
  }

  @Test
  void theVersion_comesFromTheBuild() {
    assertThat(PROJECT_VERSION).as("surefire passes the Maven project version as project.version").isNotBlank();
    assertThat(BuildVersion.version()).isEqualTo(PROJECT_VERSION);
  }
}
