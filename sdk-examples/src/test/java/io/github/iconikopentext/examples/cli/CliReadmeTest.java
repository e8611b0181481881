package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's CLI table documents exactly the commands the CLI has; its shell example runs in {@link CliJarIT}. */
class CliReadmeTest {

  @Test
  void theTable_documentsEveryCommand_andNoOther() throws IOException {
    assertThat(ReadmeCli.tableCommands())
        .containsExactlyInAnyOrderElementsOf(CommandTree.leaves().stream().map(CommandTree::path).toList());
  }

  @Test
  void theTableParser_expandsAlternatives_andStopsAtArguments() throws IOException {
    assertThat(ReadmeCli.tableCommands()).contains("template validate", "template plan", "template apply",
        "iconik asset get", "transfer", "map");
  }

  @Test
  void theShellExample_loadsTheCompletion_ofTheCommandName() throws IOException {
    assertThat(ReadmeCli.shellExample()).contains("alias iconik-opentext=", "source <(iconik-opentext completion)",
        "iconik-opentext --version", "--help");
  }
}
