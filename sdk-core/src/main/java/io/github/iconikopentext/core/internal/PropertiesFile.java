package io.github.iconikopentext.core.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A properties text read as {@link Properties#load(java.io.Reader)} reads it, remembering the line each key is
 * defined on (its last definition, which is the one that counts), so that errors can name it. Not part of the API.
 */
public final class PropertiesFile {
  private final Properties properties;
  private final Map<String, Integer> lines;

  private PropertiesFile(Properties properties, Map<String, Integer> lines) {
    this.properties = properties;
    this.lines = lines;
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException {@code N: …} (N the line) for a malformed {@code \\uXXXX} escape
   */
  public static PropertiesFile parse(String text) {
    Map<String, Integer> lines = new HashMap<>();
    List<String> physical = text.lines().toList();
    for (int i = 0; i < physical.size(); i++) {
      int first = i;
      String line = physical.get(i).stripLeading();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      StringBuilder logical = new StringBuilder(physical.get(i));
      while (endsWithContinuation(physical.get(i)) && i + 1 < physical.size()) {
        logical.append('\n').append(physical.get(++i));
      }
      try {
        load(logical.toString()).stringPropertyNames().forEach(key -> lines.put(key, first + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException((first + 1) + ": " + e.getMessage(), e);
      }
    }
    return new PropertiesFile(load(text), lines);
  }

  public Properties properties() {
    return properties;
  }

  /** The 1-based line {@code key} is defined on, or 0 when it is not. */
  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  private static boolean endsWithContinuation(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static Properties load(String text) {
    Properties props = new Properties();
    try {
      props.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return props;
  }
}
