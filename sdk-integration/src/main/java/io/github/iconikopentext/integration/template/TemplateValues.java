package io.github.iconikopentext.integration.template;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.core.json.internal.CanonicalJsonWriter;
import io.github.iconikopentext.core.json.internal.JsonLines;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The per-environment values that fill a template's {@code ${name}} placeholders, e.g. {@code values/dev.json}.
 * Values are not secrets (secrets stay references in the template); they may be printed.
 *
 * @param environment the environment these values are for, e.g. {@code dev}
 * @param values placeholder name → value
 */
public record TemplateValues(String environment, Map<String, String> values) {
  private static final JsonAdapter<Map<String, Object>> MAP =
      Json.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  public TemplateValues {
    Objects.requireNonNull(environment, "environment == null");
    values = Map.copyOf(new TreeMap<>(values));
  }

  /**
   * Reads a values file: a flat JSON object ({@code .json}) or a properties file (any other extension).
   *
   * @throws ConfigurationException naming the file, the line, the key and what is wrong
   */
  public static TemplateValues read(String environment, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read values file " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> values = new TreeMap<>();
    if (file.getFileName().toString().endsWith(".json")) {
      JsonLines lines = JsonLines.of(text);
      Map<String, Object> json;
      try {
        json = MAP.fromJson(text);
      } catch (IOException | RuntimeException e) {
        int line = lines.syntaxErrorLine() > 0 ? lines.syntaxErrorLine() : lines.line("$");
        throw new ConfigurationException(file + ":" + line + ": is not a JSON object: " + e.getMessage(), e);
      }
      if (json == null) {
        throw new ConfigurationException("values file " + file + " is empty");
      }
      json.forEach((k, v) -> {
        if (v instanceof Map || v instanceof java.util.List) {
          throw new ConfigurationException(file + ":" + lines.line("$." + k) + ": " + k
              + ": must be a string, number or boolean");
        }
        values.put(k, v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : String.valueOf(v));
      });
    } else {
      Properties props = new Properties();
      try {
        props.load(new StringReader(text));
      } catch (IOException e) {
        throw new ConfigurationException("values file " + file + ": " + e.getMessage(), e);
      }
      props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k).trim()));
    }
    return new TemplateValues(environment, values);
  }

  /** Lower-case hex SHA-256 over the sorted values: part of a plan's fingerprint. */
  public String hash() {
    return CanonicalJsonWriter.sha256(values);
  }
}
