package io.github.iconikopentext.core.error;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an error response body said, in a vendor-neutral form.
 *
 * <p>Parsed from iconik ({@code {"errors": [...]}} and {@code {"errors": {field: message}}}), the OpenText API
 * gateway ({@code {"fault": {...}}}), OTDS ({@code {"status", "error"}}) and Spring-style services
 * ({@code {"message", "error", "errorCode"}}). Bodies of any other shape keep only {@link #excerpt()}.
 *
 * @param messages human-readable messages, in the order the server gave them; may be empty
 * @param fieldErrors per-field messages (iconik validation errors); may be empty
 * @param errorCode a machine-readable code such as {@code oauth.v2.InvalidApiKey} or {@code invalid_client}, or
 *     {@code null}
 * @param excerpt the start of the raw body, truncated and with secret-looking values masked; may be empty
 */
public record ErrorDetails(
    List<String> messages, Map<String, String> fieldErrors, @Nullable String errorCode, String excerpt) {

  /** No details: the body was empty or unreadable. */
  public static final ErrorDetails EMPTY = new ErrorDetails(List.of(), Map.of(), null, "");

  public ErrorDetails {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages == null"));
    fieldErrors = Map.copyOf(Objects.requireNonNull(fieldErrors, "fieldErrors == null"));
    excerpt = Objects.requireNonNull(excerpt, "excerpt == null");
  }

  /** A one-line summary: the messages, the field errors and the error code, whichever exist. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    for (String m : messages) {
      append(sb, m);
    }
    fieldErrors.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> append(sb, e.getKey() + ": " + e.getValue()));
    if (errorCode != null) {
      append(sb, "code " + errorCode);
    }
    if (sb.length() == 0 && !excerpt.isEmpty()) {
      sb.append(excerpt);
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String part) {
    if (sb.length() > 0) {
      sb.append("; ");
    }
    sb.append(part);
  }
}
