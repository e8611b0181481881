package io.github.iconikopentext.opentext.internal.admin;

/**
 * Every Developer Admin path the SDK uses, relative to {@code {base}/admin/api/v1/}, in one place.
 *
 * <p>CONFIRMED in OpenText's own code: {@link #USERS}, {@link #USER}, {@link #GROUPS}, {@link #GROUP},
 * {@link #APP_USERS}. UNCONFIRMED — no public source shows them; modelled on the confirmed conventions and the Admin
 * Center console's model: {@link #TENANTS}, {@link #TENANT}, {@link #APPS}, {@link #APP}, {@link #CLIENTS},
 * {@link #CLIENT}, {@link #CLIENT_SECRET}, and the {@code _embedded} keys {@code tenants}, {@code apps},
 * {@code clients}. Correct them here when the real paths are known; the simulator routes by the same constants.
 */
public final class AdminPaths {
  private AdminPaths() {}

  public static final String USERS = "organizations/{orgId}/tenants/{tenantId}/users";
  public static final String USER = USERS + "/{userId}";
  public static final String GROUPS = "organizations/{orgId}/tenants/{tenantId}/groups";
  public static final String GROUP = GROUPS + "/{groupId}";
  public static final String APP_USERS = "organizations/{orgId}/tenants/{tenantId}/apps/{appId}/users";

  /** UNCONFIRMED. */
  public static final String TENANTS = "organizations/{orgId}/tenants";
  /** UNCONFIRMED. */
  public static final String TENANT = TENANTS + "/{tenantId}";
  /** UNCONFIRMED. */
  public static final String APPS = "organizations/{orgId}/apps";
  /** UNCONFIRMED. */
  public static final String APP = APPS + "/{appId}";
  /** UNCONFIRMED. */
  public static final String CLIENTS = APP + "/clients";
  /** UNCONFIRMED. */
  public static final String CLIENT = CLIENTS + "/{clientId}";
  /** UNCONFIRMED: POST issues a new secret, answering {@code {"client_id", "client_secret"}}. */
  public static final String CLIENT_SECRET = CLIENT + "/secret";

  /** The {@code _embedded} keys of the list responses. */
  public static final String EMBEDDED_USERS = "users";
  public static final String EMBEDDED_GROUPS = "groups";
  public static final String EMBEDDED_TENANTS = "tenants";
  public static final String EMBEDDED_APPS = "apps";
  public static final String EMBEDDED_CLIENTS = "clients";
}
