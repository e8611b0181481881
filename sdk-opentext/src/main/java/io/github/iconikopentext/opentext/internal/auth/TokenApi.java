package io.github.iconikopentext.opentext.internal.auth;

import io.github.iconikopentext.core.http.Idempotent;
import io.github.iconikopentext.core.http.internal.RequestSecrets;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/** Token and discovery requests; URLs are absolute. Not part of the API. */
interface TokenApi {

  /**
   * A token request may be repeated: a second token does not harm, and 429/5xx are worth retrying. {@code secrets}
   * are the secret values in the body, scrubbed from any error body that echoes them.
   */
  @Idempotent
  @POST
  TokenResponse token(@Url HttpUrl url, @Body RequestBody body, @HeaderMap Map<String, String> headers,
      @Tag RequestSecrets secrets);

  @GET
  OpenIdConfiguration discover(@Url HttpUrl url);
}
