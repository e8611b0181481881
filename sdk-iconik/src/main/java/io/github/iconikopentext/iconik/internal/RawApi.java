package io.github.iconikopentext.iconik.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Url;

/**
 * Calls to any iconik path, for raw calls and for following {@code next_url}. The URL must already be checked to
 * be on the iconik origin ({@link IconikUrls}). Bodies come back buffered. Not part of the API.
 */
public interface RawApi {

  @GET
  ResponseBody get(@Url String url);

  @DELETE
  ResponseBody delete(@Url String url);

  @HTTP(method = "DELETE", hasBody = true)
  ResponseBody delete(@Url String url, @Body RequestBody body);

  @POST
  ResponseBody post(@Url String url, @Body RequestBody body);

  @PUT
  ResponseBody put(@Url String url, @Body RequestBody body);

  @PATCH
  ResponseBody patch(@Url String url, @Body RequestBody body);
}
