package io.github.iconikopentext.opentext.internal.admin;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.opentext.admin.AdminGroup;
import io.github.iconikopentext.opentext.admin.AdminUser;
import io.github.iconikopentext.opentext.admin.App;
import io.github.iconikopentext.opentext.admin.AppRequest;
import io.github.iconikopentext.opentext.admin.ServiceClient;
import io.github.iconikopentext.opentext.admin.ServiceClientRequest;
import io.github.iconikopentext.opentext.admin.Tenant;
import io.github.iconikopentext.opentext.internal.json.HalPage;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/** The Developer Admin REST paths (see {@link AdminPaths}). Not part of the API. */
interface AdminRestApi {

  @GET(AdminPaths.TENANTS)
  HalPage<Tenant> tenants(@Path("orgId") String orgId, @QueryMap Map<String, String> query);

  @GET(AdminPaths.TENANT)
  Tenant tenant(@Path("orgId") String orgId, @Path("tenantId") String tenantId);

  @GET(AdminPaths.USERS)
  HalPage<AdminUser> users(@Path("orgId") String orgId, @Path("tenantId") String tenantId,
      @QueryMap Map<String, String> query);

  @GET(AdminPaths.USER)
  AdminUser user(@Path("orgId") String orgId, @Path("tenantId") String tenantId, @Path("userId") String userId);

  @GET(AdminPaths.GROUPS)
  HalPage<AdminGroup> groups(@Path("orgId") String orgId, @Path("tenantId") String tenantId,
      @QueryMap Map<String, String> query);

  @GET(AdminPaths.GROUP)
  AdminGroup group(@Path("orgId") String orgId, @Path("tenantId") String tenantId, @Path("groupId") String groupId);

  @GET(AdminPaths.APP_USERS)
  HalPage<AdminUser> appUsers(@Path("orgId") String orgId, @Path("tenantId") String tenantId,
      @Path("appId") String appId, @QueryMap Map<String, String> query);

  @GET(AdminPaths.APPS)
  HalPage<App> apps(@Path("orgId") String orgId, @QueryMap Map<String, String> query);

  @GET(AdminPaths.APP)
  App app(@Path("orgId") String orgId, @Path("appId") String appId);

  @POST(AdminPaths.APPS)
  App createApp(@Path("orgId") String orgId, @Body AppRequest request);

  @PUT(AdminPaths.APP)
  App updateApp(@Path("orgId") String orgId, @Path("appId") String appId, @Body AppRequest request);

  @GET(AdminPaths.CLIENTS)
  HalPage<ServiceClient> clients(@Path("orgId") String orgId, @Path("appId") String appId,
      @QueryMap Map<String, String> query);

  @GET(AdminPaths.CLIENT)
  ServiceClient client(@Path("orgId") String orgId, @Path("appId") String appId, @Path("clientId") String clientId);

  @POST(AdminPaths.CLIENTS)
  ServiceClient createClient(@Path("orgId") String orgId, @Path("appId") String appId,
      @Body ServiceClientRequest request);

  @PUT(AdminPaths.CLIENT)
  ServiceClient updateClient(@Path("orgId") String orgId, @Path("appId") String appId,
      @Path("clientId") String clientId, @Body ServiceClientRequest request);

  /** No audit action is closer to issuing a client's new secret; the event names the client, never the secret. */
  @Audited(value = AuditAction.CREDENTIAL_USED, target = "clientId", targetKind = AuditTarget.Kind.CREDENTIAL)
  @POST(AdminPaths.CLIENT_SECRET)
  ClientSecretResponse regenerateSecret(@Path("orgId") String orgId, @Path("appId") String appId,
      @Path("clientId") String clientId);
}
