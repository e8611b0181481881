package io.github.iconikopentext.opentext;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.EnvironmentLoader;
import io.github.iconikopentext.core.audit.AuditSystem;
import java.net.URI;
import java.util.List;

/**
 * What the OpenText module contributes to the generic {@link Environment}: the name of its endpoint, its tenant
 * setting, the keys it reads and the audit system its events name. Stateless.
 */
public final class OpenTextEnvironment {
  /** The endpoint name: {@code opentext} (in a properties file {@code <env>.opentext.base-url}). */
  public static final String ENDPOINT = "opentext";
  /** The setting holding the tenant id: {@code opentext.tenant-id}. */
  public static final String TENANT_ID = "opentext.tenant-id";
  /** The keys this module reads, e.g. for {@link EnvironmentLoader#fromEnvironmentVariables(String, java.util.Collection)}. */
  public static final List<String> KEYS = List.of(ENDPOINT + EnvironmentLoader.BASE_URL_SUFFIX, TENANT_ID);
  /** The system OpenText calls are audited as: {@code opentext}, shown as {@code OpenText}. */
  public static final AuditSystem AUDIT_SYSTEM = AuditSystem.of("opentext", "OpenText");

  private OpenTextEnvironment() {}

  /**
   * The OpenText platform base URL of {@code environment}, e.g. {@code https://us.api.opentext.com}.
   *
   * @throws io.github.iconikopentext.core.error.ConfigurationException if it has no OpenText endpoint
   */
  public static URI baseUrl(Environment environment) {
    return environment.endpoint(ENDPOINT);
  }

  /** Whether {@code environment} has an OpenText endpoint. */
  public static boolean isConfigured(Environment environment) {
    return environment.hasEndpoint(ENDPOINT);
  }

  /**
   * The OpenText tenant id of {@code environment}.
   *
   * @throws io.github.iconikopentext.core.error.ConfigurationException if none is configured
   */
  public static String tenantId(Environment environment) {
    return environment.requireSetting(TENANT_ID);
  }
}
