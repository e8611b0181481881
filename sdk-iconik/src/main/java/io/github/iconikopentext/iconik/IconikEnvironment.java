package io.github.iconikopentext.iconik;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.EnvironmentLoader;
import io.github.iconikopentext.core.audit.AuditSystem;
import java.net.URI;
import java.util.List;

/**
 * What the iconik module contributes to the generic {@link Environment}: the name of its endpoint, the keys it reads
 * and the audit system its events name. Stateless.
 */
public final class IconikEnvironment {
  /** The endpoint name: {@code iconik} (in a properties file {@code <env>.iconik.base-url}). */
  public static final String ENDPOINT = "iconik";
  /** The keys this module reads, e.g. for {@link EnvironmentLoader#fromEnvironmentVariables(String, java.util.Collection)}. */
  public static final List<String> KEYS = List.of(ENDPOINT + EnvironmentLoader.BASE_URL_SUFFIX);
  /** The system iconik calls are audited as: {@code iconik}. */
  public static final AuditSystem AUDIT_SYSTEM = AuditSystem.of("iconik", "iconik");

  private IconikEnvironment() {}

  /**
   * The iconik base URL of {@code environment}, e.g. {@code https://app.iconik.io}.
   *
   * @throws io.github.iconikopentext.core.error.ConfigurationException if it has no iconik endpoint
   */
  public static URI baseUrl(Environment environment) {
    return environment.endpoint(ENDPOINT);
  }

  /** Whether {@code environment} has an iconik endpoint. */
  public static boolean isConfigured(Environment environment) {
    return environment.hasEndpoint(ENDPOINT);
  }
}
