package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.EnvironmentLoader;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.EnvironmentVariableCredentialsProvider;
import io.github.iconikopentext.core.credentials.ProfileCredentialsProvider;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The connection settings of one CLI run, from environment variables (and an {@code --env-file}) or from a
 * {@code --profile}. A setting that is missing is named in the error, with where it may come from.
 *
 * <p>Variables: {@value #ICONIK_BASE_URL}, {@value #ICONIK_APP_ID}, {@value #ICONIK_AUTH_TOKEN},
 * {@value #OPENTEXT_BASE_URL}, {@value #OPENTEXT_TENANT_ID}, {@value #OPENTEXT_CLIENT_ID},
 * {@value #OPENTEXT_CLIENT_SECRET}. A profile {@code NAME} reads environment {@code NAME} of
 * {@code environments.properties} ({@link EnvironmentLoader}'s format) and profile {@code [NAME]} of
 * {@code credentials} (keys {@code iconik_app_id}, {@code iconik_auth_token}, {@code opentext_client_id},
 * {@code opentext_client_secret}), both in the config directory.
 */
public final class Settings {
  public static final String ICONIK_BASE_URL = "ICONIK_BASE_URL";
  public static final String ICONIK_APP_ID = "ICONIK_APP_ID";
  public static final String ICONIK_AUTH_TOKEN = "ICONIK_AUTH_TOKEN";
  public static final String OPENTEXT_BASE_URL = "OPENTEXT_BASE_URL";
  public static final String OPENTEXT_TENANT_ID = "OPENTEXT_TENANT_ID";
  public static final String OPENTEXT_CLIENT_ID = "OPENTEXT_CLIENT_ID";
  public static final String OPENTEXT_CLIENT_SECRET = "OPENTEXT_CLIENT_SECRET";
  /** The environment name used when the settings come from variables. */
  public static final String DEFAULT_ENVIRONMENT = "default";

  private final Map<String, String> variables;
  private final String profile;
  private final Path configDir;
  private final HttpOptions httpOptions;

  private Settings(Map<String, String> variables, String profile, Path configDir, HttpOptions httpOptions) {
    this.variables = Map.copyOf(variables);
    this.profile = profile;
    this.configDir = configDir;
    this.httpOptions = httpOptions;
  }

  /** The settings {@code options} select in {@code context}; an env file's variables win over the environment. */
  public static Settings of(CliContext context, ConnectionOptions options) {
    Map<String, String> variables = new HashMap<>(context.environment());
    if (options.envFile != null) {
      variables.putAll(EnvFile.read(options.envFile));
    }
    return new Settings(variables, options.profile, context.configDir(), context.httpOptions());
  }

  /** The variables seen (environment and env file), for settings beyond the connection, e.g. secret references. */
  public Map<String, String> variables() {
    return variables;
  }

  /** The HTTP options every client is built with. */
  public HttpOptions httpOptions() {
    return httpOptions;
  }

  /** The environment with the endpoints of both systems (either may be absent). */
  public Environment environment() {
    if (profile != null) {
      return EnvironmentLoader.fromPropertiesFile(configDir.resolve("environments.properties"), profile);
    }
    List<String> keys = new ArrayList<>(IconikEnvironment.KEYS);
    keys.addAll(OpenTextEnvironment.KEYS);
    return EnvironmentLoader.fromEnvironmentVariables(DEFAULT_ENVIRONMENT, variables, keys);
  }

  /** The environment, after checking that the iconik settings are all present. */
  public Environment iconikEnvironment() {
    requireVariables(ICONIK_BASE_URL, ICONIK_APP_ID, ICONIK_AUTH_TOKEN);
    return environment();
  }

  /** The environment, after checking that the OpenText settings are all present. */
  public Environment openTextEnvironment() {
    requireVariables(OPENTEXT_BASE_URL, OPENTEXT_TENANT_ID, OPENTEXT_CLIENT_ID, OPENTEXT_CLIENT_SECRET);
    return environment();
  }

  /** The environment, after checking that the settings of both systems are all present. */
  public Environment bothEnvironment() {
    requireVariables(ICONIK_BASE_URL, ICONIK_APP_ID, ICONIK_AUTH_TOKEN, OPENTEXT_BASE_URL, OPENTEXT_TENANT_ID,
        OPENTEXT_CLIENT_ID, OPENTEXT_CLIENT_SECRET);
    return environment();
  }

  /** The iconik App-ID and Auth-Token. */
  public CredentialsProvider iconikCredentials() {
    return credentials(ICONIK_APP_ID, ICONIK_AUTH_TOKEN);
  }

  /** The OpenText OAuth client id and secret. */
  public CredentialsProvider openTextCredentials() {
    return credentials(OPENTEXT_CLIENT_ID, OPENTEXT_CLIENT_SECRET);
  }

  /** An iconik client. */
  public IconikClient iconik() {
    return IconikClient.builder(iconikEnvironment(), iconikCredentials()).httpOptions(httpOptions).build();
  }

  /** An OpenText client, requesting {@code scope} (or none when {@code null}). */
  public OpenTextClient openText(String scope) {
    Environment environment = openTextEnvironment();
    return OpenTextClient.builder(environment)
        .auth(OpenTextAuth.builder(openTextCredentials()).scope(scope).build())
        .httpOptions(httpOptions)
        .build();
  }

  private CredentialsProvider credentials(String idVariable, String secretVariable) {
    if (profile != null) {
      return ProfileCredentialsProvider.builder()
          .file(configDir.resolve("credentials"))
          .profile(profile)
          .keys(idVariable.toLowerCase(java.util.Locale.ROOT), secretVariable.toLowerCase(java.util.Locale.ROOT))
          .build();
    }
    return EnvironmentVariableCredentialsProvider.of(idVariable, secretVariable, variables);
  }

  /** With a profile, its files name what is missing; with variables, this names every missing one at once. */
  private void requireVariables(String... names) {
    if (profile != null) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      String value = variables.get(name);
      if (value == null || value.isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new ConfigurationException("missing setting" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + ": set " + (missing.size() > 1 ? "them" : "it")
          + " in the environment or an --env-file, or use --profile NAME");
    }
  }
}
