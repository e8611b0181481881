package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.http.Idempotent;
import io.github.iconikopentext.iconik.model.Collection;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.CollectionRequest;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/** Collections and their contents: iconik's assets service ({@code assets.json}). Not part of the API. */
public interface CollectionsApi {

  @GET("API/assets/v1/collections/")
  IconikList<Collection> list(@QueryMap Map<String, String> query);

  @GET("API/assets/v1/collections/{collection_id}/")
  Collection get(@Path("collection_id") String collectionId);

  @POST("API/assets/v1/collections/")
  Collection create(@Body CollectionRequest input);

  @Idempotent
  @PATCH("API/assets/v1/collections/{collection_id}/")
  Collection update(@Path("collection_id") String collectionId, @Body CollectionRequest input);

  @DELETE("API/assets/v1/collections/{collection_id}/")
  Void delete(@Path("collection_id") String collectionId);

  @GET("API/assets/v1/collections/{collection_id}/contents/")
  IconikList<CollectionContent> contents(@Path("collection_id") String collectionId,
      @QueryMap Map<String, String> query);

  /** Body: {@code {"object_id", "object_type"}}. */
  @POST("API/assets/v1/collections/{collection_id}/contents/")
  Void addContent(@Path("collection_id") String collectionId, @Body Map<String, Object> content);

  @DELETE("API/assets/v1/collections/{collection_id}/contents/{object_type}/{object_id}/")
  Void removeContent(@Path("collection_id") String collectionId, @Path("object_type") String objectType,
      @Path("object_id") String objectId);
}
