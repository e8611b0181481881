package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.credentials.CachingCredentialsProvider;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.error.CredentialException;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds iconik's {@code App-ID} (the credential id) and {@code Auth-Token} (the secret) to every request to the
 * iconik origin, resolving the credential per attempt so rotated tokens are picked up. Requests to any other origin
 * (a signed storage URL, say) go out without them. After a 401 with a {@link CachingCredentialsProvider}, the
 * credential is refreshed once and the request repeated once with the new one. Thread-safe. Not part of the API.
 */
public final class IconikAuthInterceptor implements Interceptor {
  public static final String APP_ID = "App-ID";
  public static final String AUTH_TOKEN = "Auth-Token";

  private final CredentialsProvider credentials;
  private final HttpUrl origin;

  public IconikAuthInterceptor(CredentialsProvider credentials, HttpUrl origin) {
    this.credentials = credentials;
    this.origin = origin;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!IconikUrls.sameOrigin(origin, request.url())) {
      return chain.proceed(request.newBuilder().removeHeader(APP_ID).removeHeader(AUTH_TOKEN).build());
    }
    Credential credential = resolve();
    Response response = chain.proceed(authenticated(request, credential));
    if (response.code() == 401 && credentials instanceof CachingCredentialsProvider caching) {
      Credential fresh = caching.refreshAfterRejection(credential);
      if (fresh != null && !fresh.equals(credential)) {
        response.close();
        return chain.proceed(authenticated(request, fresh));
      }
    }
    return response;
  }

  private Credential resolve() {
    Credential credential = credentials.resolveCredential();
    if (credential == null) {
      throw new CredentialException("credentials provider " + credentials + " returned no iconik credential");
    }
    return credential;
  }

  private static Request authenticated(Request request, Credential credential) {
    return request.newBuilder()
        .header(APP_ID, credential.id())
        .header(AUTH_TOKEN, credential.secret().reveal())
        .build();
  }
}
