package io.github.iconikopentext.core.http.internal;

import io.github.iconikopentext.core.error.RedirectException;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The SDK's redirect rule, applied instead of OkHttp's (which the SDK's clients turn off): a redirect is followed
 * only for a GET or HEAD, only to the same origin (scheme, host and port; so never from https to http) and at most
 * {@link RedirectException#MAX_FOLLOWED} times. Every hop passes the interceptors after this one again, so the
 * client's authentication decides afresh for the new URL. A redirect that is not followed is returned as it is and
 * becomes a {@link RedirectException} ({@link #refusal}). Thread-safe. Not part of the API.
 */
public final class RedirectRule implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    for (int followed = 0; isRedirect(response.code()); followed++) {
      HttpUrl target = target(response);
      if (followed >= RedirectException.MAX_FOLLOWED || refusal(request, target) != null) {
        return response;
      }
      response.close();
      request = request.newBuilder().url(target).build();
      response = chain.proceed(request);
    }
    return response;
  }

  /** The statuses OkHttp would follow: 300–303, 307 and 308. */
  public static boolean isRedirect(int status) {
    return (status >= 300 && status <= 303) || status == 307 || status == 308;
  }

  /** The {@code Location} of {@code response}, resolved against its request URL; {@code null} if absent or bad. */
  public static HttpUrl target(Response response) {
    String location = response.header("Location");
    return location == null ? null : response.request().url().resolve(location);
  }

  /**
   * Why the SDK does not follow a redirect of {@code request} to {@code target}, or {@code null} if it does (when
   * the response that carried it is still a redirect, the chain was too long).
   */
  public static String refusal(Request request, HttpUrl target) {
    if (target == null) {
      return "the response names no usable Location";
    }
    HttpUrl from = request.url();
    if (from.isHttps() && !target.isHttps()) {
      return "it leads from https to http";
    }
    if (!sameOrigin(from, target)) {
      return "it leads to another origin, which must not receive this request's credentials";
    }
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return "only GET and HEAD are redirected; a " + request.method()
          + " is never re-sent or turned into a GET (it may have been processed)";
    }
    return null;
  }

  /** The exception for a redirect that reached the caller: refused, or one too many. */
  public static String reason(Response response) {
    if (!isRedirect(response.code())) {
      return "HTTP " + response.code() + " is not a redirect the SDK follows";
    }
    String refusal = refusal(response.request(), target(response));
    return refusal != null ? refusal
        : "more than " + RedirectException.MAX_FOLLOWED + " redirects in a row";
  }

  /** {@code scheme://host:port} of {@code url}, or {@code null}: all of a redirect target a message may show. */
  public static String origin(HttpUrl url) {
    return url == null ? null : url.scheme() + "://" + url.host() + ":" + url.port();
  }

  /** Whether both URLs have the same scheme, host and port. */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
  }
}
