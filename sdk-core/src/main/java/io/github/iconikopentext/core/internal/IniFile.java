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
 * {@code #} and {@code ;} comments. Keys before the first section are ignored. Remembers the line of every section
 * header and key, and the first line that is neither, so that errors can name them. Not part of the API.
 */
public final class IniFile {
  private record Section(int line, Map<String, String> values, Map<String, Integer> lines) {}

  private final Map<String, Section> sections;
  private final int malformedLine;

  private IniFile(Map<String, Section> sections, int malformedLine) {
    this.sections = sections;
    this.malformedLine = malformedLine;
  }

  public static IniFile read(Path path) throws IOException {
    return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
  }

  public static IniFile parse(List<String> lines) {
    Map<String, Section> sections = new LinkedHashMap<>();
    Section current = null;
    int malformed = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1).strip();
        if (name.startsWith("profile ")) {
          name = name.substring("profile ".length()).strip();
        }
        int headerLine = i + 1;
        current = sections.computeIfAbsent(name, k -> new Section(headerLine, new LinkedHashMap<>(),
            new LinkedHashMap<>()));
        continue;
      }
      int eq = line.indexOf('=');
      if (eq > 0) {
        if (current != null) {
          String key = line.substring(0, eq).strip();
          current.values().put(key, line.substring(eq + 1).strip());
          current.lines().put(key, i + 1);
        }
      } else if (malformed == 0) {
        malformed = i + 1;
      }
    }
    return new IniFile(sections, malformed);
  }

  public Optional<Map<String, String>> section(String name) {
    return Optional.ofNullable(sections.get(name)).map(s -> Map.copyOf(s.values()));
  }

  /** The 1-based line of {@code [name]}, or 0 when there is no such section. */
  public int sectionLine(String name) {
    Section section = sections.get(name);
    return section == null ? 0 : section.line();
  }

  /** The 1-based line {@code key} is defined on in section {@code name} (its last definition), or 0. */
  public int line(String name, String key) {
    Section section = sections.get(name);
    return section == null ? 0 : section.lines().getOrDefault(key, 0);
  }

  /** The first line that is neither a comment, a {@code [section]} nor {@code key = value}; 0 when there is none. */
  public int malformedLine() {
    return malformedLine;
  }
}
