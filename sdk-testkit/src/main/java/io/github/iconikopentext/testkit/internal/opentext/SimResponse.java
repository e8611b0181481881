package io.github.iconikopentext.testkit.internal.opentext;

import io.github.iconikopentext.opentext.internal.json.JsonValueAdapter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, headers and a JSON body.
 *
 * @param status the HTTP status
 * @param headers extra headers
 * @param body the body text, or {@code null} for none
 */
record SimResponse(int status, Map<String, String> headers, String body) {
  static final String HAL_JSON = "application/hal+json";

  static SimResponse json(int status, Object value) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", HAL_JSON);
    return new SimResponse(status, headers, SimJson.write(value));
  }

  static SimResponse ok(Object value) {
    return json(200, value);
  }

  static SimResponse noContent() {
    return new SimResponse(204, Map.of(), null);
  }

  /** The OpenText API gateway's fault shape. */
  static SimResponse gatewayFault(int status, String faultString, String errorCode) {
    return json(status, Map.of("fault", Map.of("faultstring", faultString, "detail", Map.of("errorcode", errorCode))));
  }

  /** A Spring-style service error, as CMS sends for bad input. */
  static SimResponse serviceError(int status, String error, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", error);
    body.put("message", message);
    return json(status, body);
  }

  static SimResponse notFound(String what) {
    return serviceError(404, "Not Found", what + " not found");
  }

  SimResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new SimResponse(status, copy, body);
  }

  /** JSON helpers over the SDK's own Moshi configuration (integers stay integers). */
  static final class SimJson {
    private SimJson() {}

    static String write(Object value) {
      return JsonValueAdapter.moshi().adapter(Object.class).toJson(value);
    }

    /** A model record as the JSON object the real service would hold. */
    static <T> Map<String, Object> toMap(Class<T> type, T value) {
      return readObject(JsonValueAdapter.moshi().adapter(type).toJson(value));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(String text) {
      if (text == null || text.isBlank()) {
        return new LinkedHashMap<>();
      }
      try {
        Object value = JsonValueAdapter.moshi().adapter(Object.class).fromJson(text);
        return value instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : null;
      } catch (java.io.IOException | RuntimeException e) {
        return null;
      }
    }
  }
}
