package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.Audited;
import io.github.iconikopentext.iconik.model.MetadataField;
import io.github.iconikopentext.iconik.model.MetadataView;
import io.github.iconikopentext.iconik.model.ObjectMetadata;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/**
 * Metadata views, fields and values: iconik's metadata service ({@code metadata.json}). Not part of the API.
 *
 * <p>Every read and write of values is audited. An audit target names one kind of object, so values of assets go
 * through the {@code asset…} methods, whose events name the asset; those of collections and segments go through the
 * generic ones, whose events have no target. Views and field definitions are not audited.
 */
public interface MetadataApi {

  @GET("API/metadata/v1/views/")
  IconikList<MetadataView> views();

  @GET("API/metadata/v1/views/{view_id}/")
  MetadataView view(@Path("view_id") String viewId, @Query("merge_fields") boolean mergeFields);

  @GET("API/metadata/v1/fields/")
  IconikList<MetadataField> fields(@QueryMap Map<String, String> query);

  /** {@link #values} for {@code object_type = assets}. */
  @Audited(value = AuditAction.METADATA_READ, target = "object_id")
  @GET("API/metadata/v1/{object_type}/{object_id}/views/{view_id}/")
  ObjectMetadata assetValues(@Path("object_type") String assets, @Path("object_id") String assetId,
      @Path("view_id") String viewId);

  @Audited(AuditAction.METADATA_READ)
  @GET("API/metadata/v1/{object_type}/{object_id}/views/{view_id}/")
  ObjectMetadata values(@Path("object_type") String objectType, @Path("object_id") String objectId,
      @Path("view_id") String viewId);

  /** {@link #putValues} for {@code object_type = assets}. */
  @Audited(value = AuditAction.METADATA_UPDATED, target = "object_id")
  @PUT("API/metadata/v1/{object_type}/{object_id}/views/{view_id}/")
  ObjectMetadata putAssetValues(@Path("object_type") String assets, @Path("object_id") String assetId,
      @Path("view_id") String viewId, @Body MetadataValuesBody body);

  @Audited(AuditAction.METADATA_UPDATED)
  @PUT("API/metadata/v1/{object_type}/{object_id}/views/{view_id}/")
  ObjectMetadata putValues(@Path("object_type") String objectType, @Path("object_id") String objectId,
      @Path("view_id") String viewId, @Body MetadataValuesBody body);

  /** The object ids are in the body, so the event has no target. */
  @Audited(AuditAction.METADATA_UPDATED)
  @PUT("API/metadata/v1/{object_type}/views/{view_id}/")
  Void putValuesBatch(@Path("object_type") String objectType, @Path("view_id") String viewId,
      @Body MetadataValuesBody body);
}
