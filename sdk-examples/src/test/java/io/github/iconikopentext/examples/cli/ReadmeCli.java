package io.github.iconikopentext.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's "Command-line tool" section: its shell example and the commands its table documents. */
final class ReadmeCli {
  private static final Pattern SH_BLOCK = Pattern.compile("(?ms)^```sh\\n(.*?)^```");
  private static final Pattern TABLE_COMMAND = Pattern.compile("(?m)^\\| `([^`]+)`");
  private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*(\\\\\\|[a-z][a-z-]*)*");

  private ReadmeCli() {}

  /** The repository root: the first directory upwards with README.md and docs/. */
  static Path root() {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("docs"))) {
      root = root.getParent();
    }
    return root;
  }

  /** The text from "## Command-line tool" to the next level-2 heading. */
  static String section() throws IOException {
    String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Command-line tool\n");
    if (start < 0) {
      throw new IllegalStateException("README.md has no '## Command-line tool' section");
    }
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** The section's first {@code sh} block. */
  static String shellExample() throws IOException {
    Matcher m = SH_BLOCK.matcher(section());
    if (!m.find()) {
      throw new IllegalStateException("the CLI section of README.md has no sh block");
    }
    return m.group(1);
  }

  /**
   * The command paths the table documents: a row's leading lowercase words, {@code a\|b} alternatives expanded
   * ({@code template validate\|plan\|apply --template …} documents three commands).
   */
  static List<String> tableCommands() throws IOException {
    List<String> paths = new ArrayList<>();
    Matcher row = TABLE_COMMAND.matcher(section());
    while (row.find()) {
      List<String> prefixes = List.of("");
      for (String token : row.group(1).split(" ")) {
        if (!WORD.matcher(token).matches()) {
          break;
        }
        List<String> next = new ArrayList<>();
        for (String prefix : prefixes) {
          for (String word : token.split("\\\\\\|")) {
            next.add(prefix.isEmpty() ? word : prefix + " " + word);
          }
        }
        prefixes = next;
      }
      paths.addAll(prefixes);
    }
    return paths;
  }
}
