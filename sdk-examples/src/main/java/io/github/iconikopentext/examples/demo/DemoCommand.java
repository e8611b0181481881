package io.github.iconikopentext.examples.demo;

import io.github.iconikopentext.examples.cli.CliContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code demo}: placeholder until the story is written. */
@Command(name = "demo", description = "Runs the end-to-end story on embedded simulators.")
public final class DemoCommand implements Callable<Integer> {
  private final CliContext context;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.out().println("demo");
    return 0;
  }
}
