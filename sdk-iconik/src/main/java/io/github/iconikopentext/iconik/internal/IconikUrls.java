package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.http.internal.RedirectRule;
import okhttp3.HttpUrl;

/**
 * Resolves paths and server-sent links against the iconik base URL, refusing any that leave its origin: requests to
 * that origin carry the App-ID and Auth-Token, so a link elsewhere must never be followed with them. Not part of the
 * API.
 */
public final class IconikUrls {
  private IconikUrls() {}

  /**
   * Resolves {@code pathOrUrl} — a path relative to the base ({@code API/...}), to the host ({@code /API/...}), or an
   * absolute URL — against {@code base}.
   *
   * @throws IllegalArgumentException if it is malformed or points to another scheme, host or port
   */
  public static HttpUrl resolve(HttpUrl base, String pathOrUrl) {
    HttpUrl url = base.resolve(pathOrUrl);
    if (url == null) {
      throw new IllegalArgumentException("not a path or URL: '" + pathOrUrl + "'");
    }
    if (!sameOrigin(base, url)) {
      throw new IllegalArgumentException("'" + url.scheme() + "://" + url.host() + ":" + url.port()
          + "' is not the iconik host " + base.host() + ":" + base.port() + "; refusing to send credentials there");
    }
    return url;
  }

  /** Whether both URLs have the same scheme, host and port. */
  public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return RedirectRule.sameOrigin(a, b);
  }
}
