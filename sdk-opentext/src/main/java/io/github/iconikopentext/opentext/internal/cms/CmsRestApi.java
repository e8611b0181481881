package io.github.iconikopentext.opentext.internal.cms;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.opentext.cms.AttributeDefinition;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstancePatch;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.opentext.cms.Rendition;
import io.github.iconikopentext.opentext.cms.TraitDefinition;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.opentext.internal.json.HalPage;
import io.github.iconikopentext.opentext.internal.json.IdBody;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * The CMS REST paths, relative to {@code {base}/cms/}. Every call that reads, creates, changes or deletes one instance
 * (of any category: files and folders alike) is audited, with the instance as target; definitions, lists, renditions
 * lists and searches are not. Not part of the API.
 */
interface CmsRestApi {

  @GET("type-definitions/{type}")
  TypeDefinition typeDefinition(@Path("type") String type);

  @GET("type-definitions/{type}/attributes")
  HalPage<AttributeDefinition> typeAttributes(@Path("type") String type);

  @GET("type-definitions/{type}/required-traits")
  HalPage<TraitDefinition> requiredTraits(@Path("type") String type);

  @GET("trait-definitions")
  HalPage<TraitDefinition> traitDefinitions();

  @GET("trait-definitions/{trait}")
  TraitDefinition traitDefinition(@Path("trait") String trait);

  /** The new instance's id is only in the response: the event has no target. */
  @Audited(AuditAction.ASSET_CREATED)
  @POST("instances/{category}/{type}")
  CmsInstance create(@Path("category") String category, @Path("type") String type, @Body InstanceRequest body);

  @Audited(value = AuditAction.ASSET_READ, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @GET("instances/{category}/{type}/{id}")
  CmsInstance get(@Path("category") String category, @Path("type") String type, @Path("id") String id);

  @GET("instances/{category}/{type}")
  HalPage<CmsInstance> list(@Path("category") String category, @Path("type") String type,
      @QueryMap Map<String, String> query);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @PATCH("instances/{category}/{type}/{id}")
  CmsInstance patch(@Path("category") String category, @Path("type") String type, @Path("id") String id,
      @Body InstancePatch body);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @PUT("instances/{category}/{type}/{id}")
  CmsInstance replace(@Path("category") String category, @Path("type") String type, @Path("id") String id,
      @Body InstanceRequest body);

  @Audited(value = AuditAction.ASSET_DELETED, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @DELETE("instances/{category}/{type}/{id}")
  Void delete(@Path("category") String category, @Path("type") String type, @Path("id") String id);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @PUT("instances/{category}/{type}/{id}/parent")
  CmsInstance move(@Path("category") String category, @Path("type") String type, @Path("id") String id,
      @Body IdBody folder);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @PUT("instances/{category}/{type}/{id}/acl")
  Void setAcl(@Path("category") String category, @Path("type") String type, @Path("id") String id,
      @Body IdBody acl);

  @GET("instances/{category}/{type}/{id}/contents")
  HalPage<Rendition> renditions(@Path("category") String category, @Path("type") String type,
      @Path("id") String id);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @POST("instances/{category}/{type}/{id}/contents")
  Rendition addRendition(@Path("category") String category, @Path("type") String type, @Path("id") String id,
      @Body Rendition rendition);

  @Audited(value = AuditAction.ASSET_UPDATED, target = "id", targetKind = AuditTarget.Kind.CMS_INSTANCE)
  @POST("instances/{category}/{type}/{id}/nextVersion")
  CmsInstance nextVersion(@Path("category") String category, @Path("type") String type, @Path("id") String id,
      @Body InstancePatch changes);

  @GET("instances/folder/{type}/{id}/items")
  HalPage<CmsInstance> folderItems(@Path("type") String folderType, @Path("id") String folderId,
      @QueryMap Map<String, String> query);

  @POST("ft-query")
  HalPage<CmsInstance> fullTextQuery(@QueryMap Map<String, String> paging, @Body FullTextBody body);
}
