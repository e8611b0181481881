package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.http.Idempotent;
import io.github.iconikopentext.iconik.model.SearchPage;
import java.util.Map;
import io.github.iconikopentext.iconik.model.SearchHit;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/** Search: iconik's search service ({@code search.json}). A search changes nothing, so it is retried. Not part of the API. */
public interface SearchApi {

  @Idempotent
  @POST("API/search/v1/search/")
  SearchPage search(@Body SearchBody body, @QueryMap Map<String, String> query);

  /** A saved search's results: its criteria run now, page-numbered with {@code next_url} links. */
  @GET("API/search/v1/search/saved/{search_id}/")
  IconikList<SearchHit> savedSearch(@Path("search_id") String searchId, @QueryMap Map<String, String> query);
}
