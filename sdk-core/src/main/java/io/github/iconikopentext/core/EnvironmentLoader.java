package io.github.iconikopentext.core;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.internal.PropertiesFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads {@link Environment}s from a properties file or from environment variables.
 *
 * <p>Properties file — one prefix per environment:
 *
 * <pre>
 * dev.iconik.base-url = https://app.iconik.io          # &lt;endpoint&gt;.base-url: the endpoint "iconik"
 * dev.opentext.base-url = https://na-1-dev.api.opentext.com
 * dev.opentext.tenant-id = 7f0c…                       # any other key is a setting ("opentext.tenant-id")
 * dev.allow-insecure-http = false
 * dev.cms.folder = /Media/Dev
 * prod.iconik.base-url = https://app.iconik.io
 * </pre>
 *
 * <p>Environment variables — for each key a vendor module names ({@code iconik.base-url} → {@code ICONIK_BASE_URL},
 * {@code opentext.tenant-id} → {@code OPENTEXT_TENANT_ID}); a name-prefixed variable ({@code PROD_ICONIK_BASE_URL})
 * wins over the plain one. Stateless and thread-safe.
 */
public final class EnvironmentLoader {
  /** The suffix of a key naming an endpoint's base URL: {@code <endpoint>.base-url}. */
  public static final String BASE_URL_SUFFIX = ".base-url";
  private static final String INSECURE = "allow-insecure-http";

  private EnvironmentLoader() {}

  /**
   * Every environment defined in {@code file}, by name.
   *
   * @throws ConfigurationException naming the file, the line and the key that is wrong: {@code
   *     environments.properties:18: dev.opentext.tenant-id: is empty; fill it in or remove the line}
   */
  public static Map<String, Environment> fromPropertiesFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read environments file " + file + ": " + e.getMessage(), e);
    }
    PropertiesFile parsed;
    try {
      parsed = PropertiesFile.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(file + ":" + e.getMessage(), e);
    }
    return load(parsed.properties(), Comparator.comparingInt(parsed::line), key -> {
      int line = parsed.line(key);
      return line > 0 ? file + ":" + line + ": " + key : file + ": " + key;
    });
  }

  /** Every environment defined in {@code props}; {@code origin} names the source in error messages. */
  public static Map<String, Environment> fromProperties(Properties props, String origin) {
    return load(props, Comparator.naturalOrder(), key -> origin + ": " + key);
  }

  /** Checks the keys in {@code order}; {@code where} names a key's place in messages: {@code file:line: key}. */
  private static Map<String, Environment> load(Properties props, Comparator<String> order,
      Function<String, String> where) {
    Map<String, Map<String, String>> byEnv = new TreeMap<>();
    for (String key : props.stringPropertyNames().stream().sorted(order).toList()) {
      int dot = key.indexOf('.');
      if (dot <= 0 || dot == key.length() - 1) {
        throw new ConfigurationException(where.apply(key) + ": is not of the form <environment>.<setting>");
      }
      String value = props.getProperty(key).trim();
      if (value.isEmpty()) {
        throw new ConfigurationException(where.apply(key) + ": is empty; fill it in or remove the line");
      }
      byEnv.computeIfAbsent(key.substring(0, dot), k -> new TreeMap<>()).put(key.substring(dot + 1), value);
    }
    Map<String, Environment> result = new TreeMap<>();
    byEnv.forEach((name, values) -> result.put(name, build(name, values, where)));
    return Map.copyOf(result);
  }

  /** One named environment from {@code file}. */
  public static Environment fromPropertiesFile(Path file, String name) {
    Environment env = fromPropertiesFile(file).get(name);
    if (env == null) {
      throw new ConfigurationException("environments file " + file + " defines no environment '" + name + "'");
    }
    return env;
  }

  /**
   * The environment {@code name} from the process environment variables, reading the given {@code keys} (e.g. the
   * iconik module's {@code IconikEnvironment.KEYS}).
   */
  public static Environment fromEnvironmentVariables(String name, Collection<String> keys) {
    return fromEnvironmentVariables(name, System.getenv(), keys);
  }

  /**
   * The environment {@code name} from the given variables: each of {@code keys} from the variable named after it
   * (upper case, {@code .} and {@code -} as {@code _}), the {@code name}-prefixed one first.
   */
  public static Environment fromEnvironmentVariables(
      String name, Map<String, String> variables, Collection<String> keys) {
    String prefix = variableName(name) + "_";
    Map<String, String> values = new TreeMap<>();
    List<String> urlVariables = new ArrayList<>();
    for (String key : keys) {
      copy(variables, prefix, variableName(key), key, values);
      if (key.endsWith(BASE_URL_SUFFIX)) {
        urlVariables.add(variableName(key));
      }
    }
    copy(variables, prefix, "ICONIK_OPENTEXT_ALLOW_INSECURE_HTTP", INSECURE, values);
    if (values.keySet().stream().noneMatch(k -> k.endsWith(BASE_URL_SUFFIX))) {
      throw new ConfigurationException("environment '" + name + "': none of " + String.join(", ", urlVariables)
          + " (nor with the prefix " + prefix + ") is set");
    }
    return build(name, values, "environment variables");
  }

  private static String variableName(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private static void copy(Map<String, String> vars, String prefix, String var, String key, Map<String, String> out) {
    String value = vars.get(prefix + var);
    if (value == null || value.isBlank()) {
      value = vars.get(var);
    }
    if (value != null && !value.isBlank()) {
      out.put(key, value.trim());
    }
  }

  private static Environment build(String name, Map<String, String> values, String origin) {
    return build(name, values, key -> origin + ": " + key);
  }

  private static Environment build(String name, Map<String, String> values, Function<String, String> where) {
    Environment.Builder b = Environment.builder(name);
    boolean insecure = values.containsKey(INSECURE) && parseBoolean(where.apply(name + "." + INSECURE),
        values.get(INSECURE));
    b.allowInsecureHttp(insecure);
    values.forEach((key, value) -> {
      if (key.endsWith(BASE_URL_SUFFIX) && key.length() > BASE_URL_SUFFIX.length()) {
        String endpoint = key.substring(0, key.length() - BASE_URL_SUFFIX.length());
        try {
          // Checked one by one, so that an error names the key it is about.
          Environment.builder(name).allowInsecureHttp(insecure).endpoint(endpoint, value).build();
        } catch (ConfigurationException e) {
          throw new ConfigurationException(where.apply(name + "." + key) + ": " + e.getMessage(), e);
        }
        b.endpoint(endpoint, value);
      } else if (!key.equals(INSECURE)) {
        b.setting(key, value);
      }
    });
    try {
      return b.build();
    } catch (ConfigurationException e) {
      String first = name + "." + values.keySet().iterator().next();
      throw new ConfigurationException(where.apply(first) + ": " + e.getMessage(), e);
    }
  }

  private static boolean parseBoolean(String where, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new ConfigurationException(where + ": must be true or false, was '" + value + "'");
  }
}
