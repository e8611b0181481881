package io.github.iconikopentext.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as it may appear in a message or log line: scheme, host and port only. User info ({@code user:password@}),
 * path, query and fragment are left out, since any of them may carry a credential (a pasted password, a signed URL's
 * token). Works on text that is not a valid URL too. Not part of the API.
 */
public final class UrlText {
  /** {@code scheme://[userinfo@]host[:port]}, leniently, up to the first character that ends the authority. */
  private static final Pattern AUTHORITY = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.-]{0,15})://([^/?#\\s]*)");
  private static final Pattern HOST_PORT =
      Pattern.compile("(\\[[0-9A-Fa-f:.]{2,45}]|[A-Za-z0-9.-]{1,253})(:[0-9]{1,5})?");

  private UrlText() {}

  /**
   * {@code scheme://host[:port]} of {@code text}, e.g. {@code https://app.iconik.io}, or a placeholder saying the
   * text is not shown when it has no recognisable scheme and host.
   */
  public static String describe(String text) {
    if (text == null) {
      return "(none)";
    }
    Matcher m = AUTHORITY.matcher(text);
    if (!m.find()) {
      return "(a text of " + text.length() + " characters without scheme://host, not shown)";
    }
    String authority = m.group(2);
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    boolean hadMore = authority.contains("@") || m.end() < text.strip().length();
    if (!HOST_PORT.matcher(hostPort).matches()) {
      return m.group(1).toLowerCase(java.util.Locale.ROOT) + "://(host not shown)";
    }
    return m.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + hostPort + (hadMore ? "/…" : "");
  }
}
