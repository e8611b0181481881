package io.github.iconikopentext.testkit.internal.iconik;

import java.util.List;
import java.util.Map;

/**
 * What a route handler answers: a status and a JSON body (maps and lists), or raw bytes. Not part of the API.
 *
 * @param status the HTTP status
 * @param body the JSON body, or {@code null} for none
 * @param bytes a non-JSON body (file content), or {@code null}
 */
public record SimResponse(int status, Object body, byte[] bytes) {

  public static SimResponse ok(Object body) {
    return new SimResponse(200, body, null);
  }

  public static SimResponse created(Object body) {
    return new SimResponse(201, body, null);
  }

  public static SimResponse noContent() {
    return new SimResponse(204, null, null);
  }

  public static SimResponse accepted() {
    return new SimResponse(202, null, null);
  }

  public static SimResponse bytes(byte[] content) {
    return new SimResponse(200, null, content);
  }

  /** iconik's list error shape: {@code {"errors": [message]}}. */
  public static SimResponse error(int status, String message) {
    return new SimResponse(status, Map.of("errors", List.of(message)), null);
  }

  /** iconik's field error shape: {@code {"errors": {field: message}}}. */
  public static SimResponse fieldError(String field, String message) {
    return new SimResponse(400, Map.of("errors", Map.of(field, message)), null);
  }

  public static SimResponse notFound(String what) {
    return error(404, what + " does not exist");
  }
}
