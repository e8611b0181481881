package io.github.iconikopentext.core.http.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the error body shapes of iconik and the OpenText services into {@link ErrorDetails}. Never throws: an
 * unreadable body keeps only its redacted excerpt. Messages, field errors, codes and the excerpt are bounded and
 * masked ({@link Redaction}), including any of the request's own secrets the server echoed. Not part of the API.
 */
public final class ErrorBodyParser {
  public static final int EXCERPT_CHARS = 300;
  private static final JsonAdapter<Object> ANY = Json.moshi().adapter(Object.class);

  private ErrorBodyParser() {}

  public static ErrorDetails parse(String body) {
    return parse(body, List.of());
  }

  /** Parses {@code body}, masking every one of {@code secrets} (the values the request carried) it echoes. */
  public static ErrorDetails parse(String body, Collection<String> secrets) {
    String excerpt = Redaction.excerpt(body, EXCERPT_CHARS, secrets);
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
      list.forEach(e -> addMessage(messages, e, secrets));
    } else if (errors instanceof Map<?, ?> byField) { // iconik: {"errors": {"field": "msg"}}
      byField.forEach((k, v) -> {
        String text = text(v);
        if (text != null) { // a nested object has no message of its own
          fields.put(Redaction.message(String.valueOf(k), secrets), Redaction.message(text, secrets));
        }
      });
    }
    if (map.get("fault") instanceof Map<?, ?> fault) { // OpenText API gateway
      addMessage(messages, fault.get("faultstring"), secrets);
      if (fault.get("detail") instanceof Map<?, ?> detail) {
        code = string(detail.get("errorcode"));
      }
    }
    Object error = map.get("error");
    if (error instanceof String s) {
      if (map.containsKey("error_description") || looksLikeCode(s)) { // OAuth 2.0 token endpoint, RFC 6749 5.2
        code = code != null ? code : s;
        addMessage(messages, map.get("error_description"), secrets);
      } else { // OTDS {"status", "error"} and Spring's reason phrase
        addMessage(messages, s, secrets);
      }
    } else if (error instanceof Map<?, ?> nested) {
      addMessage(messages, nested.get("message"), secrets);
      code = code != null ? code : string(nested.get("code"));
    }
    addMessage(messages, map.get("message"), secrets); // Spring-style, Documentum
    addMessage(messages, map.get("details"), secrets);
    addMessage(messages, map.get("errorDetails"), secrets);
    if (code == null) {
      code = string(map.get("errorCode"));
    }
    if (code == null) {
      code = string(map.get("code"));
    }
    if (code == null && error instanceof String && map.containsKey("status") && !map.containsKey("path")) {
      code = string(map.get("status")); // OTDS numeric status such as 1034
    }
    return new ErrorDetails(messages, fields, code == null ? null : Redaction.message(code, secrets), excerpt);
  }

  private static boolean looksLikeCode(String s) {
    return s.matches("[a-z][a-z0-9_.]*");
  }

  private static void addMessage(List<String> messages, Object value, Collection<String> secrets) {
    String s = text(value);
    if (s != null && !s.isBlank()) {
      String masked = Redaction.message(s, secrets);
      if (!messages.contains(masked)) {
        messages.add(masked);
      }
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
