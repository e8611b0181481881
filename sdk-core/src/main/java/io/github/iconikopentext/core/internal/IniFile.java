package io.github.iconikopentext.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed INI file in the style of the AWS credentials file: {@code [section]} headers, {@code key = value} lines,
 * {@code #} and {@code ;} comments. Keys before the first section are ignored. Not part of the API.
 */
public final class IniFile {
  private final Map<String, Map<String, String>> sections;

  private IniFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  public static IniFile read(Path path) throws IOException {
    return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
  }

  public static IniFile parse(List<String> lines) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1).strip();
        if (name.startsWith("profile ")) {
          name = name.substring("profile ".length()).strip();
        }
        current = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
        continue;
      }
      int eq = line.indexOf('=');
      if (current != null && eq > 0) {
        current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    return new IniFile(sections);
  }

  public Optional<Map<String, String>> section(String name) {
    return Optional.ofNullable(sections.get(name)).map(Map::copyOf);
  }
}
