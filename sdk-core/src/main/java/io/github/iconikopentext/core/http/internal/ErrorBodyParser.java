package io.github.iconikopentext.core.http.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the error body shapes of iconik and the OpenText services into {@link ErrorDetails}. Never throws: an
 * unreadable body keeps only its redacted excerpt. Not part of the API.
 */
public final class ErrorBodyParser {
  public static final int EXCERPT_CHARS = 300;
  private static final JsonAdapter<Object> ANY = Json.moshi().adapter(Object.class);

  private ErrorBodyParser() {}

  public static ErrorDetails parse(String body) {
    String excerpt = Redaction.excerpt(body, EXCERPT_CHARS);
    if (body == null || body.isBlank()) {
      return ErrorDetails.EMPTY;
    }
    Object root;
    try {
      root = ANY.lenient().fromJson(body);
    } catch (IOException | RuntimeException e) {
      return new ErrorDetails(List.of(), Map.of(), null, excerpt);
    }
    if (!(root instanceof Map<?, ?> map)) {
      return new ErrorDetails(List.of(), Map.of(), null, excerpt);
    }
    List<String> messages = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    String code = null;

    Object errors = map.get("errors");
    if (errors instanceof List<?> list) { // iconik: {"errors": ["msg", ...]}
      list.forEach(e -> addMessage(messages, e));
    } else if (errors instanceof Map<?, ?> byField) { // iconik: {"errors": {"field": "msg"}}
      byField.forEach((k, v) -> fields.put(String.valueOf(k), text(v)));
    }
    if (map.get("fault") instanceof Map<?, ?> fault) { // OpenText API gateway
      addMessage(messages, fault.get("faultstring"));
      if (fault.get("detail") instanceof Map<?, ?> detail) {
        code = string(detail.get("errorcode"));
      }
    }
    Object error = map.get("error");
    if (error instanceof String s) {
      if (map.containsKey("error_description") || looksLikeCode(s)) { // OAuth 2.0 token endpoint, RFC 6749 5.2
        code = code != null ? code : s;
        addMessage(messages, map.get("error_description"));
      } else { // OTDS {"status", "error"} and Spring's reason phrase
        addMessage(messages, s);
      }
    } else if (error instanceof Map<?, ?> nested) {
      addMessage(messages, nested.get("message"));
      code = code != null ? code : string(nested.get("code"));
    }
    addMessage(messages, map.get("message")); // Spring-style, Documentum
    addMessage(messages, map.get("details"));
    addMessage(messages, map.get("errorDetails"));
    if (code == null) {
      code = string(map.get("errorCode"));
    }
    if (code == null) {
      code = string(map.get("code"));
    }
    if (code == null && error instanceof String && map.containsKey("status") && !map.containsKey("path")) {
      code = string(map.get("status")); // OTDS numeric status such as 1034
    }
    return new ErrorDetails(messages, fields, code, excerpt);
  }

  private static boolean looksLikeCode(String s) {
    return s.matches("[a-z][a-z0-9_.]*");
  }

  private static void addMessage(List<String> messages, Object value) {
    String s = text(value);
    if (s != null && !s.isBlank() && !messages.contains(s)) {
      messages.add(Redaction.mask(s));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(v -> parts.add(String.valueOf(v)));
      return String.join(", ", parts);
    }
    if (value instanceof Map<?, ?>) {
      return null;
    }
    return string(value);
  }

  private static String string(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    String s = String.valueOf(value);
    return s.isBlank() ? null : s;
  }
}
