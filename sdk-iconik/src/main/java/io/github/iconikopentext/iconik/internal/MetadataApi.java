package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.iconik.model.MetadataField;
import io.github.iconikopentext.iconik.model.MetadataView;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;

/** Metadata views, fields and values: iconik's metadata service ({@code metadata.json}). Not part of the API. */
public interface MetadataApi {

  @GET("API/metadata/v1/views/")
  IconikList<MetadataView> views();

  @GET("API/metadata/v1/views/{view_id}/")
  MetadataView view(@Path("view_id") String viewId, @Query("merge_fields") boolean mergeFields);

  @GET("API/metadata/v1/fields/")
  IconikList<MetadataField> fields(@QueryMap Map<String, String> query);

  @GET("API/metadata/v1/{object_type}/{object_id}/views/{view_id}/")
  MetadataValuesBody values(@Path("object_type") String objectType, @Path("object_id") String objectId,
      @Path("view_id") String viewId);

  @PUT("API/metadata/v1/{object_type}/{object_id}/views/{view_id}/")
  MetadataValuesBody putValues(@Path("object_type") String objectType, @Path("object_id") String objectId,
      @Path("view_id") String viewId, @Body MetadataValuesBody body);

  @PUT("API/metadata/v1/{object_type}/views/{view_id}/")
  Void putValuesBatch(@Path("object_type") String objectType, @Path("view_id") String viewId,
      @Body MetadataValuesBody body);
}
