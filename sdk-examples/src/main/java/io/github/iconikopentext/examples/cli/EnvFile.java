package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a dotenv-style file: {@code KEY=VALUE} lines, optionally prefixed {@code export}, values optionally in
 * matching quotes, {@code #} comments. Backslashes are kept as they are (Windows paths), unlike properties files.
 */
final class EnvFile {
  private EnvFile() {}

  /**
   * The variables in {@code file}, in order. Error messages name the option, the file and the line, never a value.
   */
  static Map<String, String> read(Path file) {
    List<String> lines = CliFiles.readText("--env-file", file).lines().toList();
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new ConfigurationException("--env-file " + file + ": line " + (i + 1) + " is not KEY=VALUE");
      }
      variables.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
    }
    return variables;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
