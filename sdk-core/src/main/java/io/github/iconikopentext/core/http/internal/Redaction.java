package io.github.iconikopentext.core.http.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Masks secrets in headers, URLs and body excerpts before they reach a log or an exception. Not part of the API. */
public final class Redaction {
  public static final String MASK = "****";

  /** Sensitive headers whose names {@link #SENSITIVE_NAME} does not catch. */
  private static final Set<String> SENSITIVE_HEADERS = Set.of("cookie", "set-cookie");
  private static final Pattern SENSITIVE_NAME =
      Pattern.compile("(?i).*(token|secret|password|passwd|authorization|api[_-]?key|signature|credential).*");
  private static final Pattern JSON_SECRET = Pattern.compile(
      "(\"[^\"]*(?i:token|secret|password|passwd|authorization|api[_-]?key|credential)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern FORM_SECRET = Pattern.compile(
      "((?i:[a-z_]*(?:token|secret|password|passwd|api[_-]?key|assertion))=)[^&\\s\"]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");

  private Redaction() {}

  /** Whether a header's value must not be logged. */
  public static boolean isSensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SENSITIVE_HEADERS.contains(n) || (!n.equals("app-id") && SENSITIVE_NAME.matcher(n).matches());
  }

  /** The header value as it may be logged. */
  public static String headerValue(String name, String value) {
    return isSensitiveHeader(name) ? MASK : value;
  }

  /** Path plus query, with the values of secret-looking query parameters masked. */
  public static String pathAndQuery(HttpUrl url) {
    String path = url.encodedPath();
    if (url.querySize() == 0) {
      return path;
    }
    StringBuilder sb = new StringBuilder(path).append('?');
    for (int i = 0; i < url.querySize(); i++) {
      if (i > 0) {
        sb.append('&');
      }
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      sb.append(name);
      if (value != null) {
        sb.append('=').append(SENSITIVE_NAME.matcher(name).matches() ? MASK : value);
      }
    }
    return sb.toString();
  }

  /** A body excerpt of at most {@code max} characters with secret-looking JSON and form values masked. */
  public static String excerpt(String body, int max) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String masked = mask(body);
    String oneLine = masked.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
  }

  /** Masks secret-looking JSON members, form fields and bearer/basic credentials. */
  public static String mask(String text) {
    String out = replace(JSON_SECRET.matcher(text), "$1\"" + MASK + "\"");
    out = replace(FORM_SECRET.matcher(out), "$1" + MASK);
    return replace(BEARER.matcher(out), "$1 " + MASK);
  }

  private static String replace(Matcher m, String replacement) {
    return m.replaceAll(replacement);
  }
}
