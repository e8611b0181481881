package io.github.iconikopentext.iconik.internal;

import io.github.iconikopentext.core.error.ErrorDetails;
import io.github.iconikopentext.core.http.ErrorBodyFormat;
import io.github.iconikopentext.core.http.internal.ErrorBodyParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * iconik's error bodies: {@code {"errors": ["message", …]}} and, for validation, {@code {"errors": {"field":
 * "message"}}}. Stateless. Not part of the API.
 */
public final class IconikErrorFormat implements ErrorBodyFormat {
  public static final IconikErrorFormat INSTANCE = new IconikErrorFormat();

  private IconikErrorFormat() {}

  @Override
  public ErrorDetails read(Map<?, ?> body) {
    Object errors = body.get("errors");
    List<String> messages = new ArrayList<>();
    Map<String, String> fields = new LinkedHashMap<>();
    if (errors instanceof List<?> list) {
      for (Object e : list) {
        String text = ErrorBodyParser.text(e);
        if (text != null) {
          messages.add(text);
        }
      }
    } else if (errors instanceof Map<?, ?> byField) {
      byField.forEach((k, v) -> {
        String text = ErrorBodyParser.text(v);
        if (text != null) { // a nested object has no message of its own
          fields.put(String.valueOf(k), text);
        }
      });
    }
    return new ErrorDetails(messages, fields, null, "");
  }
}
