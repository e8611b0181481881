package io.github.iconikopentext.examples;

import io.github.iconikopentext.examples.cli.Cli;
import io.github.iconikopentext.examples.cli.CliContext;

/**
 * Entry point of the examples jar: the {@code iconik-opentext} CLI, whose {@code demo} subcommand runs the
 * end-to-end story on embedded simulators. Exits with the command's exit code (see
 * {@link io.github.iconikopentext.examples.cli.ExitCodes}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(CliContext.system(), args));
  }
}
