package io.github.iconikopentext.opentext.internal;

import io.github.iconikopentext.core.credentials.CachingCredentialsProvider;
import io.github.iconikopentext.core.credentials.Credential;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code Authorization: Bearer <token>} to every request. On a 401 it forces one token refresh and repeats the
 * request once with the new token; a second 401 is returned as it is (and becomes an
 * {@link io.github.iconikopentext.core.error.AuthenticationException}), so a rejected token never causes a loop. A
 * request whose body can be sent only once (an upload from an {@code InputStream}) is not repeated, but the token is
 * still refreshed for the next call. Thread-safe. Not part of the API.
 */
public final class BearerTokenInterceptor implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(BearerTokenInterceptor.class);

  private final CachingCredentialsProvider tokens;

  public BearerTokenInterceptor(CachingCredentialsProvider tokens) {
    this.tokens = tokens;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Credential token = tokens.resolveCredential();
    Response response = chain.proceed(authorized(request, token));
    if (response.code() != 401) {
      return response;
    }
    RequestBody body = request.body();
    if (body != null && body.isOneShot()) {
      tokens.refreshAfterRejection(token);
      log.debug("{} {} got 401; token refreshed, but the one-shot request body cannot be sent again",
          request.method(), request.url().encodedPath());
      return response;
    }
    response.close();
    Credential fresh = tokens.refreshAfterRejection(token);
    log.debug("{} {} got 401; token refreshed, repeating once", request.method(), request.url().encodedPath());
    return chain.proceed(authorized(request, fresh));
  }

  private static Request authorized(Request request, Credential token) {
    return request.newBuilder().header("Authorization", "Bearer " + token.secret().reveal()).build();
  }
}
