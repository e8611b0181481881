package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code completion} prints a script that completes every command and option, and bash accepts it. */
class CompletionCommandTest {
  @TempDir
  Path dir;
  private CliRunner.Result completion;
  private Path script;

  @BeforeEach
  void generate() throws IOException {
    completion = new CliRunner(dir).run("completion");
    script = Files.writeString(dir.resolve("iconik-opentext.bash"), completion.out(), StandardCharsets.UTF_8);
  }

  @Test
  void completion_printsABashScript_andExitsZero() {
    assertThat(completion.exitCode()).as(completion.toString()).isZero();
    assertThat(completion.err()).isEmpty();
    assertThat(completion.out()).startsWith("#!/usr/bin/env bash").doesNotContain("\r")
        .contains("complete -F _complete_iconik-opentext -o default iconik-opentext");
  }

  @Test
  void theScript_hasAFunctionForEveryCommand_offeringItsSubcommandsAndOptions() {
    for (CommandLine command : CommandTree.all()) {
      String function = "function _picocli_iconik-opentext"
          + String.join("", CommandTree.words(command).stream().map(w -> "_" + w).toList()) + "() {";
      int start = completion.out().indexOf(function);
      assertThat(start).as("%s for '%s'", function, CommandTree.path(command)).isNotNegative();
      String body = completion.out().substring(start, completion.out().indexOf("\n}", start));

      for (String subcommand : command.getSubcommands().keySet()) {
        assertThat(body).as(CommandTree.path(command)).contains(subcommand);
      }
      for (OptionSpec option : command.getCommandSpec().options()) {
        assertThat(body).as(CommandTree.path(command)).contains(option.names());
      }
    }
  }

  @Test
  void bash_sourcesTheScript_andRegistersTheCompletion() throws Exception {
    Path bash = bash();

    CliRunner.Result r = Bash.run(bash, "source " + script + " && complete -p iconik-opentext");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).as(r.toString()).isEmpty();
    assertThat(r.out()).isEqualTo("complete -o default -F _complete_iconik-opentext iconik-opentext\n");
  }

  @Test
  void bash_completesCommandsSubcommandsAndOptions() throws Exception {
    Path bash = bash();
    List<String> root = CommandTree.all().get(0).getSubcommands().keySet().stream().sorted().toList();

    assertThat(offers(bash, "iconik-opentext ")).containsExactlyInAnyOrderElementsOf(root);
    assertThat(offers(bash, "iconik-opentext iconik as")).containsExactlyInAnyOrder("assets", "asset");
    assertThat(offers(bash, "iconik-opentext iconik assets ")).containsExactly("list");
    assertThat(offers(bash, "iconik-opentext iconik assets list --p"))
        .containsExactlyInAnyOrder("--per-page", "--profile");
    assertThat(offers(bash, "iconik-opentext completion --")).containsExactlyInAnyOrder("--help", "--version");
  }

  private List<String> offers(Path bash, String line) throws Exception {
    CliRunner.Result r = Bash.run(bash, "source " + script + " && " + Bash.complete(line));
    assertThat(r.exitCode()).as(line + "\n" + r).isZero();
    return r.out().lines().filter(l -> !l.isEmpty()).toList();
  }

  private static Path bash() {
    Optional<Path> bash = Bash.find();
    assumeTrue(bash.isPresent(), "no bash on the PATH");
    return bash.get();
  }
}
