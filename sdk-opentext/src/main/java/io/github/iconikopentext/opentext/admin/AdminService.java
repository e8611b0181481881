package io.github.iconikopentext.opentext.admin;

import io.github.iconikopentext.core.paging.PagedIterable;
import org.jspecify.annotations.Nullable;

/**
 * The Developer Admin (Admin Center) API, {@code {base}/admin/api/v1}: tenants, users and groups of a tenant, apps
 * of an organization and their OAuth service clients.
 *
 * <p>Confirmed by OpenText's own code: the users, groups and app-users paths. UNCONFIRMED (modelled on the same
 * conventions — HAL {@code _embedded}, {@code searchValue}, {@code items-per-page}/{@code page}): the tenants, apps,
 * service clients and secret regeneration paths and shapes. Those paths live in one place,
 * {@code io.github.iconikopentext.opentext.internal.admin.AdminPaths}, so that they are easy to correct.
 *
 * <p>Lists are lazy and paged. Implementations are thread-safe.
 */
public interface AdminService {

  /** The tenants of an organization (UNCONFIRMED path). */
  PagedIterable<Tenant> tenants(String organizationId);

  /** One tenant (UNCONFIRMED path). */
  Tenant tenant(String organizationId, String tenantId);

  /** Users of a tenant whose name or e-mail matches {@code searchValue} ({@code null} or empty for all). */
  PagedIterable<AdminUser> users(String organizationId, String tenantId, @Nullable String searchValue);

  AdminUser user(String organizationId, String tenantId, String userId);

  /** Groups of a tenant matching {@code searchValue}, case-insensitively ({@code null} or empty for all). */
  PagedIterable<AdminGroup> groups(String organizationId, String tenantId, @Nullable String searchValue);

  AdminGroup group(String organizationId, String tenantId, String groupId);

  /** The users an app is assigned to in a tenant. */
  PagedIterable<AdminUser> appUsers(String organizationId, String tenantId, String appId);

  /** The apps of an organization (UNCONFIRMED path). */
  PagedIterable<App> apps(String organizationId);

  App app(String organizationId, String appId);

  /** Creates an app (UNCONFIRMED). Not retried. */
  App createApp(String organizationId, AppRequest request);

  /** Updates an app (UNCONFIRMED). */
  App updateApp(String organizationId, String appId, AppRequest request);

  /** The service clients of an app (UNCONFIRMED). */
  PagedIterable<ServiceClient> clients(String organizationId, String appId);

  ServiceClient client(String organizationId, String appId, String clientId);

  /** Creates a service client (UNCONFIRMED). Not retried. */
  ServiceClient createClient(String organizationId, String appId, ServiceClientRequest request);

  /** Updates a service client (UNCONFIRMED). */
  ServiceClient updateClient(String organizationId, String appId, String clientId, ServiceClientRequest request);

  /**
   * Issues a new secret for a confidential client (UNCONFIRMED). The secret is returned once; assume the old one
   * stops working at once. Not retried: a repeat would issue yet another secret.
   */
  ClientSecret regenerateClientSecret(String organizationId, String appId, String clientId);
}
