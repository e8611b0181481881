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
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/**
 * Calls to any iconik path, for raw calls and for following {@code next_url}. The URL must already be checked to
 * be on the iconik origin ({@link IconikUrls}). Bodies come back unbuffered, for {@link RawTransport} to stream
 * through the JSON reader; they are still held to the deadline and the maximum response size, which a
 * {@code @Streaming} call without {@code @StreamingBody} keeps. Not part of the API.
 */
public interface RawApi {

  @Streaming
  @GET
  ResponseBody get(@Url String url);

  @Streaming
  @DELETE
  ResponseBody delete(@Url String url);

  @Streaming
  @HTTP(method = "DELETE", hasBody = true)
  ResponseBody delete(@Url String url, @Body RequestBody body);

  @Streaming
  @POST
  ResponseBody post(@Url String url, @Body RequestBody body);

  @Streaming
  @PUT
  ResponseBody put(@Url String url, @Body RequestBody body);

  @Streaming
  @PATCH
  ResponseBody patch(@Url String url, @Body RequestBody body);
}
