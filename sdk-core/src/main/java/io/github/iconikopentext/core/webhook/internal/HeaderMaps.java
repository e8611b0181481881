package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookVerificationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Case-insensitive header lookup over maps. Scans every entry rather than trying an exact key first, so the answer
 * never depends on how the sender spelled the name, and a header present twice with different values is detected.
 */
public final class HeaderMaps {
  private HeaderMaps() {}

  public static WebhookHeaders single(Map<String, String> headers) {
    Objects.requireNonNull(headers, "headers == null");
    return name -> {
      String found = null;
      for (Map.Entry<String, String> e : headers.entrySet()) {
        String value = e.getValue();
        if (value != null && name.equalsIgnoreCase(e.getKey())) {
          found = agree(name, found, value);
        }
      }
      return found;
    };
  }

  public static WebhookHeaders multi(Map<String, ? extends List<String>> headers) {
    Objects.requireNonNull(headers, "headers == null");
    return name -> {
      String found = null;
      for (Map.Entry<String, ? extends List<String>> e : headers.entrySet()) {
        List<String> values = e.getValue();
        if (values != null && name.equalsIgnoreCase(e.getKey())) {
          for (String value : values) {
            if (value != null) {
              found = agree(name, found, value);
            }
          }
        }
      }
      return found;
    };
  }

  private static String agree(String name, String found, String value) {
    if (found != null && !found.equals(value)) {
      throw new WebhookVerificationException(WebhookVerificationException.Reason.MALFORMED_HEADER,
          "header " + name + " was sent more than once with different values; it must be sent once");
    }
    return value;
  }
}
