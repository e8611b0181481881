package io.github.iconikopentext.opentext.internal.admin;

import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.opentext.admin.AdminGroup;
import io.github.iconikopentext.opentext.admin.AdminUser;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.AppRequest;
import io.github.iconikopentext.opentext.admin.ClientSecret;
import io.github.iconikopentext.opentext.admin.AdminService;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.admin.ServiceClientRequest;
import io.github.iconikopentext.opentext.admin.Tenant;
import io.github.iconikopentext.opentext.internal.json.HalPaging;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@link AdminService} over Retrofit. Thread-safe. Not part of the API. */
public final class HttpAdminService implements AdminService {
  static final int PAGE_SIZE = 100;

  private final AdminRestApi api;

  public HttpAdminService(HttpStack stack) {
    this.api = stack.create(AdminRestApi.class);
  }

  @Override
  public PagedIterable<Tenant> tenants(String organizationId) {
    String org = Args.requireText(organizationId, "organizationId");
    return HalPaging.pages(AdminPaths.EMBEDDED_TENANTS, PAGE_SIZE, page -> api.tenants(org, paging(page, null)));
  }

  @Override
  public Tenant tenant(String organizationId, String tenantId) {
    return api.tenant(Args.requireText(organizationId, "organizationId"), Args.requireText(tenantId, "tenantId"));
  }

  @Override
  public PagedIterable<AdminUser> users(String organizationId, String tenantId, String searchValue) {
    String org = Args.requireText(organizationId, "organizationId");
    String tenant = Args.requireText(tenantId, "tenantId");
    return HalPaging.pages(AdminPaths.EMBEDDED_USERS, PAGE_SIZE,
        page -> api.users(org, tenant, paging(page, searchValue)));
  }

  @Override
  public AdminUser user(String organizationId, String tenantId, String userId) {
    return api.user(Args.requireText(organizationId, "organizationId"), Args.requireText(tenantId, "tenantId"), Args.requireText(userId, "userId"));
  }

  @Override
  public PagedIterable<AdminGroup> groups(String organizationId, String tenantId, String searchValue) {
    String org = Args.requireText(organizationId, "organizationId");
    String tenant = Args.requireText(tenantId, "tenantId");
    return HalPaging.pages(AdminPaths.EMBEDDED_GROUPS, PAGE_SIZE, page -> {
      Map<String, String> query = paging(page, searchValue);
      query.put("ignore-case", "true");
      return api.groups(org, tenant, query);
    });
  }

  @Override
  public AdminGroup group(String organizationId, String tenantId, String groupId) {
    return api.group(Args.requireText(organizationId, "organizationId"), Args.requireText(tenantId, "tenantId"), Args.requireText(groupId, "groupId"));
  }

  @Override
  public PagedIterable<AdminUser> appUsers(String organizationId, String tenantId, String appId) {
    String org = Args.requireText(organizationId, "organizationId");
    String tenant = Args.requireText(tenantId, "tenantId");
    String app = Args.requireText(appId, "appId");
    return HalPaging.pages(AdminPaths.EMBEDDED_USERS, PAGE_SIZE,
        page -> api.appUsers(org, tenant, app, paging(page, null)));
  }

  @Override
  public PagedIterable<App> apps(String organizationId) {
    String org = Args.requireText(organizationId, "organizationId");
    return HalPaging.pages(AdminPaths.EMBEDDED_APPS, PAGE_SIZE, page -> api.apps(org, paging(page, null)));
  }

  @Override
  public App app(String organizationId, String appId) {
    return api.app(Args.requireText(organizationId, "organizationId"), Args.requireText(appId, "appId"));
  }

  @Override
  public App createApp(String organizationId, AppRequest request) {
    return api.createApp(Args.requireText(organizationId, "organizationId"), Objects.requireNonNull(request, "request == null"));
  }

  @Override
  public App updateApp(String organizationId, String appId, AppRequest request) {
    return api.updateApp(Args.requireText(organizationId, "organizationId"), Args.requireText(appId, "appId"),
        Objects.requireNonNull(request, "request == null"));
  }

  @Override
  public PagedIterable<ServiceClient> clients(String organizationId, String appId) {
    String org = Args.requireText(organizationId, "organizationId");
    String app = Args.requireText(appId, "appId");
    return HalPaging.pages(AdminPaths.EMBEDDED_CLIENTS, PAGE_SIZE, page -> api.clients(org, app, paging(page, null)));
  }

  @Override
  public ServiceClient client(String organizationId, String appId, String clientId) {
    return api.client(Args.requireText(organizationId, "organizationId"), Args.requireText(appId, "appId"), Args.requireText(clientId, "clientId"));
  }

  @Override
  public ServiceClient createClient(String organizationId, String appId, ServiceClientRequest request) {
    return api.createClient(Args.requireText(organizationId, "organizationId"), Args.requireText(appId, "appId"),
        Objects.requireNonNull(request, "request == null"));
  }

  @Override
  public ServiceClient updateClient(String organizationId, String appId, String clientId,
      ServiceClientRequest request) {
    return api.updateClient(Args.requireText(organizationId, "organizationId"), Args.requireText(appId, "appId"), Args.requireText(clientId, "clientId"),
        Objects.requireNonNull(request, "request == null"));
  }

  @Override
  public ClientSecret regenerateClientSecret(String organizationId, String appId, String clientId) {
    ClientSecretResponse response = api.regenerateSecret(Args.requireText(organizationId, "organizationId"),
        Args.requireText(appId, "appId"), Args.requireText(clientId, "clientId"));
    if (response == null || response.clientSecret() == null || response.clientSecret().isBlank()) {
      throw new InvalidResponseException("POST " + AdminPaths.CLIENT_SECRET + ": the response has no client_secret",
          "", null);
    }
    return new ClientSecret(response.clientId() == null ? clientId : response.clientId(),
        Secret.of(response.clientSecret()));
  }

  private static Map<String, String> paging(int page, String searchValue) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("page", Integer.toString(page));
    query.put("items-per-page", Integer.toString(PAGE_SIZE));
    if (searchValue != null && !searchValue.isBlank()) {
      query.put("searchValue", searchValue);
    }
    return query;
  }
}
