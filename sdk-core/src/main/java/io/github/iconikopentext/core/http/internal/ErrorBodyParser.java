package io.github.iconikopentext.core.http.internal;

import com.squareup.moshi.JsonAdapter;
import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.http.ErrorBodyFormat;
import io.github.iconikopentext.core.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads error bodies into {@link ErrorDetails}: the conventional shapes ({@code message}, RFC 6749 {@code error} and
 * {@code error_description}, Spring's {@code error}, nested {@code error.message}/{@code error.code}, {@code code},
 * {@code errorCode}, {@code details}) and, first, the vendor's {@link ErrorBodyFormat} given by its module. Never
 * throws: an unreadable body keeps only its redacted excerpt. Messages, field errors, codes and the excerpt are bounded and
 * masked ({@link Redaction}), including any of the request's own secrets the server echoed. Not part of the API.
 */
public final class ErrorBodyParser {
  public static final int EXCERPT_CHARS = 300;
  private static final JsonAdapter<Object> ANY = Json.moshi().adapter(Object.class);

  private ErrorBodyParser() {}

  public static ErrorDetails parse(String body) {
    return parse(body, List.of(), null);
  }

  /**
   * Parses {@code body} with the vendor's {@code format} ({@code null}: conventional shapes only), masking every one
   * of {@code secrets} (the values the request carried) it echoes.
   */
  public static ErrorDetails parse(String body, Collection<String> secrets, ErrorBodyFormat format) {
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

    ErrorDetails vendor = vendor(format, map);
    vendor.messages().forEach(m -> addMessage(messages, m, secrets));
    vendor.fieldErrors().forEach((k, v) ->
        fields.put(Redaction.message(k, secrets), Redaction.message(v, secrets)));
    Object error = map.get("error");
    if (error instanceof String s) {
      if (map.containsKey("error_description") || looksLikeCode(s)) { // OAuth 2.0 token endpoint, RFC 6749 5.2
        code = code != null ? code : s;
        addMessage(messages, map.get("error_description"), secrets);
      } else { // a reason phrase (Spring, OTDS)
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
    if (code == null) {
      code = vendor.errorCode();
    }
    return new ErrorDetails(messages, fields, code == null ? null : Redaction.message(code, secrets), excerpt);
  }

  private static ErrorDetails vendor(ErrorBodyFormat format, Map<?, ?> body) {
    if (format == null) {
      return ErrorDetails.EMPTY;
    }
    try {
      ErrorDetails read = format.read(body);
      return read == null ? ErrorDetails.EMPTY : read;
    } catch (RuntimeException e) { // a broken format must not hide the HTTP error
      return ErrorDetails.EMPTY;
    }
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

  /** The message of a JSON value: a string, a number, a list joined by commas; {@code null} for an object. */
  public static String text(Object value) {
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

  /** A JSON scalar as text (an integral number without a fraction); {@code null} for null or blank. */
  public static String string(Object value) {
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
