package io.github.iconikopentext.core;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

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

  /** Every environment defined in {@code file}, by name. */
  public static Map<String, Environment> fromPropertiesFile(Path file) {
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new ConfigurationException("cannot read environments file " + file + ": " + e.getMessage(), e);
    }
    return fromProperties(props, file.toString());
  }

  /** Every environment defined in {@code props}; {@code origin} names the source in error messages. */
  public static Map<String, Environment> fromProperties(Properties props, String origin) {
    Map<String, Map<String, String>> byEnv = new TreeMap<>();
    for (String key : props.stringPropertyNames()) {
      int dot = key.indexOf('.');
      if (dot <= 0 || dot == key.length() - 1) {
        throw new ConfigurationException(origin + ": key '" + key + "' is not of the form <environment>.<setting>");
      }
      byEnv.computeIfAbsent(key.substring(0, dot), k -> new TreeMap<>())
          .put(key.substring(dot + 1), props.getProperty(key).trim());
    }
    Map<String, Environment> result = new TreeMap<>();
    byEnv.forEach((name, values) -> result.put(name, build(name, values, origin)));
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
    Environment.Builder b = Environment.builder(name);
    values.forEach((key, value) -> {
      if (key.equals(INSECURE)) {
        b.allowInsecureHttp(parseBoolean(origin, name, value));
      } else if (key.endsWith(BASE_URL_SUFFIX) && key.length() > BASE_URL_SUFFIX.length()) {
        b.endpoint(key.substring(0, key.length() - BASE_URL_SUFFIX.length()), value);
      } else {
        b.setting(key, value);
      }
    });
    try {
      return b.build();
    } catch (ConfigurationException e) {
      throw new ConfigurationException(origin + ": " + e.getMessage(), e);
    }
  }

  private static boolean parseBoolean(String origin, String env, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new ConfigurationException(
        origin + ": " + env + "." + INSECURE + " must be true or false, was '" + value + "'");
  }
}
