package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.http.HttpOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Every command of the CLI, read from the tree the CLI runs, so a test over it cannot forget a new command. */
final class CommandTree {
  private CommandTree() {}

  /** Each command with its path below the root ("" for the root, "iconik assets list", ...), depth first. */
  static List<CommandLine> all() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    CommandLine root = Cli.commandLine(new CliContext(sink, sink, Map.of(), false, Path.of("."),
        HttpOptions.defaults()));
    List<CommandLine> commands = new ArrayList<>();
    collect(root, commands);
    return commands;
  }

  /** The words that run {@code command} after the root's name: {@code [iconik, assets, list]}. */
  static List<String> words(CommandLine command) {
    List<String> words = new ArrayList<>();
    for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
      words.add(0, c.getCommandName());
    }
    return words;
  }

  /** {@link #words} joined by spaces. */
  static String path(CommandLine command) {
    return String.join(" ", words(command));
  }

  /** The commands that do something rather than group others. */
  static List<CommandLine> leaves() {
    return all().stream().filter(c -> c.getSubcommands().isEmpty()).toList();
  }

  private static void collect(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> collect(sub, into));
  }
}
