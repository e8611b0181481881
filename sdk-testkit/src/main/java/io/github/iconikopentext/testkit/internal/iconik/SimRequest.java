package io.github.iconikopentext.testkit.internal.iconik;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One request to the iconik simulator, as the route handlers see it. Not part of the API.
 *
 * @param method the upper-case HTTP method
 * @param path the URL path
 * @param query the query parameters (first value of each)
 * @param body the JSON body as maps and lists, or {@code null}
 * @param rawBody the body bytes
 * @param match the route's path match; {@link #param(int)} reads its groups
 */
public record SimRequest(String method, String path, Map<String, String> query, Object body, byte[] rawBody,
    Matcher match) {

  /** The {@code n}-th path parameter of the matched route. */
  public String param(int n) {
    return match.group(n);
  }

  /** The body as a JSON object; empty when the body is absent or not an object. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> json() {
    return body instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** A list member of the JSON body, empty when absent. */
  @SuppressWarnings("unchecked")
  public List<Object> list(String name) {
    return json().get(name) instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** A query parameter as an int, or {@code fallback}. */
  public int intParam(String name, int fallback) {
    String v = query.get(name);
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
