package io.github.iconikopentext.core.http;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/** A small service interface standing in for a vendor API in sdk-core's tests. */
interface TestApi {
  record Item(String id, String name) {}

  record ItemPage(List<Item> objects, String next_url, Integer page, Integer pages, Long total) {}

  @GET("api/items/{id}/")
  Item get(@Path("id") String id);

  @GET("api/items/{id}/")
  CompletableFuture<Item> getAsync(@Path("id") String id);

  @POST("api/items/")
  Item create(@Body Item item);

  @Idempotent
  @POST("api/search/")
  Item search(@Body Item query);

  @GET("api/items/")
  ItemPage list(@Query("per_page") int perPage, @Query("page") Integer page);

  @GET
  ItemPage next(@Url String url);
}
