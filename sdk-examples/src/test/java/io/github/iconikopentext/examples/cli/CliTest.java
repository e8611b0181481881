package io.github.iconikopentext.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir
  Path dir;

  @Test
  void help_listsTheSubcommandsAndExitsZero() {
    CliRunner.Result r = new CliRunner(dir).run("--help");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("demo", "opentext", "webhook", "audit", "template", "status");
  }

  @Test
  void noSubcommand_isAUsageError() {
    CliRunner.Result r = new CliRunner(dir).run();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("missing subcommand");
  }

  @Test
  void unknownOption_isAUsageError() {
    CliRunner.Result r = new CliRunner(dir).run("audit", "verify", "x.jsonl", "--no-such-option");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--no-such-option");
  }

  @Test
  void groupWithoutSubcommand_namesTheSubcommands() {
    CliRunner.Result r = new CliRunner(dir).run("webhook");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("verify", "sign");
  }
}
