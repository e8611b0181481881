package io.github.iconikopentext.core;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * dev.iconik.base-url = https://app.iconik.io
 * dev.opentext.base-url = https://na-1-dev.api.opentext.com
 * dev.opentext.tenant-id = 7f0c…
 * dev.allow-insecure-http = false
 * dev.cms.folder = /Media/Dev          # any other key becomes a setting ("cms.folder")
 * prod.iconik.base-url = https://app.iconik.io
 * </pre>
 *
 * <p>Environment variables — {@code ICONIK_BASE_URL}, {@code OPENTEXT_BASE_URL}, {@code OPENTEXT_TENANT_ID}; a
 * name-prefixed variable ({@code PROD_ICONIK_BASE_URL}) wins over the plain one. Stateless and thread-safe.
 */
public final class EnvironmentLoader {
  private static final String ICONIK_URL = "iconik.base-url";
  private static final String OPENTEXT_URL = "opentext.base-url";
  private static final String TENANT = "opentext.tenant-id";
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

  /** The environment {@code name} from the process environment variables. */
  public static Environment fromEnvironmentVariables(String name) {
    return fromEnvironmentVariables(name, System.getenv());
  }

  /** The environment {@code name} from the given variables (see the class comment for their names). */
  public static Environment fromEnvironmentVariables(String name, Map<String, String> variables) {
    String prefix = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
    Map<String, String> values = new TreeMap<>();
    copy(variables, prefix, "ICONIK_BASE_URL", ICONIK_URL, values);
    copy(variables, prefix, "OPENTEXT_BASE_URL", OPENTEXT_URL, values);
    copy(variables, prefix, "OPENTEXT_TENANT_ID", TENANT, values);
    copy(variables, prefix, "ICONIK_OPENTEXT_ALLOW_INSECURE_HTTP", INSECURE, values);
    if (!values.containsKey(ICONIK_URL) && !values.containsKey(OPENTEXT_URL)) {
      throw new ConfigurationException("environment '" + name + "': neither ICONIK_BASE_URL nor OPENTEXT_BASE_URL"
          + " (nor " + prefix + "ICONIK_BASE_URL / " + prefix + "OPENTEXT_BASE_URL) is set");
    }
    return build(name, values, "environment variables");
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
      switch (key) {
        case ICONIK_URL -> b.iconikBaseUrl(value);
        case OPENTEXT_URL -> b.openTextBaseUrl(value);
        case TENANT -> b.openTextTenantId(value);
        case INSECURE -> b.allowInsecureHttp(parseBoolean(origin, name, value));
        default -> b.setting(key, value);
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
