package io.github.iconikopentext.testkit.internal.opentext;

import java.util.Map;
import okhttp3.HttpUrl;

/**
 * One request as the simulator's handlers see it.
 *
 * @param method the HTTP method, upper case
 * @param url the request URL (path and decoded query)
 * @param headers the request headers, first value per name, names lower case
 * @param body the body as text (empty when none)
 */
record SimRequest(String method, HttpUrl url, Map<String, String> headers, String body) {

  String path() {
    return url.encodedPath();
  }

  String query(String name) {
    return url.queryParameter(name);
  }

  int intQuery(String name, int fallback) {
    String value = query(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** The bearer token of the request, or {@code null}. */
  String bearerToken() {
    String auth = header("Authorization");
    return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
  }
}
