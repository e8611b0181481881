package io.github.iconikopentext.core.http.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Masks secrets in headers, URLs, messages and body excerpts before they reach a log or an exception. Not part of
 * the API.
 *
 * <p>Text is cut to a bound first and masked afterwards, so the cost is linear in that bound whatever a server
 * sends; every pattern is anchored at the start of a name and bounded, so even {@link #mask(String)} on long text
 * stays linear. Masked: values of JSON members and form or query fields whose name looks secret (also when a value
 * was cut off by the truncation), {@code Bearer}/{@code Basic} credentials (also as in {@code token=Bearer …}), and
 * the exact secret values a request carried ({@link RequestSecrets}), wherever a server echoes them.
 */
public final class Redaction {
  public static final String MASK = "****";
  /** The longest message (before masking) an exception keeps from an error body. */
  public static final int MAX_MESSAGE_CHARS = 500;
  /** Secret values shorter than this are not searched for: they would mask ordinary words. */
  static final int MIN_SCRUBBED_LENGTH = 4;

  /** Sensitive headers whose names {@link #SECRET_NAME} does not catch. */
  private static final Set<String> SENSITIVE_HEADERS = Set.of("cookie", "set-cookie");
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i)token|secret|password|passwd|authorization|api[_-]?key|signature|credential|assertion");
  /** A JSON member with a string or bare scalar value; the name's keyword is checked separately. */
  private static final Pattern JSON_MEMBER = Pattern.compile(
      "(\"([^\"\\\\\\n]{1,80})\"\\s{0,8}:\\s{0,8})(\"(?:[^\"\\\\]|\\\\.)*+(?:\"|$)|[^\\s,}\\]\"]++)");
  /** A form or query field {@code name=value}, the value possibly {@code Bearer …}; the name is checked separately. */
  private static final Pattern FORM_FIELD = Pattern.compile(
      "(?<![\\w.\\-])([\\w.\\-]{1,80})=((?:(?i:bearer|basic)\\s{1,8})?[^&\\s\"]++)");
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer|basic)\\s++[A-Za-z0-9._~+/=-]++");
  private static final Pattern WHITESPACE = Pattern.compile("\\s++");

  private Redaction() {}

  /** Whether a header's value must not be logged. */
  public static boolean isSensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return SENSITIVE_HEADERS.contains(n) || (!n.equals("app-id") && isSecretName(n));
  }

  /** Whether a field, parameter or member called {@code name} holds a secret. */
  public static boolean isSecretName(String name) {
    return SECRET_NAME.matcher(name).find();
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
        sb.append('=').append(isSecretName(name) ? MASK : value);
      }
    }
    return sb.toString();
  }

  /** A body excerpt of at most {@code max} characters with secret-looking values masked. */
  public static String excerpt(String body, int max) {
    return excerpt(body, max, List.of());
  }

  /**
   * A body excerpt of at most {@code max} characters (plus "…" when cut), on one line, with secret-looking values
   * and every one of {@code secrets} masked. Only the first {@code 4 × max} characters are ever looked at.
   */
  public static String excerpt(String body, int max, Collection<String> secrets) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    int window = (int) Math.min(body.length(), 4L * max + 64);
    boolean cut = window < body.length();
    String text = maskAll(cut(body, window), cut, secrets);
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (text.length() > max) {
      return cut(text, max) + "…";
    }
    return cut ? text + "…" : text;
  }

  /** A message from an error body: at most {@value #MAX_MESSAGE_CHARS} characters, masked like an excerpt. */
  public static String message(String text, Collection<String> secrets) {
    boolean cut = text.length() > MAX_MESSAGE_CHARS;
    String masked = maskAll(cut(text, MAX_MESSAGE_CHARS), cut, secrets);
    return cut ? masked + "…" : masked;
  }

  /** Masks secret-looking JSON members, form fields and bearer/basic credentials; linear in the text's length. */
  public static String mask(String text) {
    String out = maskValues(JSON_MEMBER, 2, 3, text);
    out = maskValues(FORM_FIELD, 1, 2, out);
    return BEARER.matcher(out).replaceAll("$1 " + MASK);
  }

  /**
   * Replaces every occurrence of each secret (as it is, and form- or percent-encoded) with the mask; when the text
   * was cut, also a secret's beginning that ends the text.
   */
  static String scrub(String text, Collection<String> secrets, boolean cutAtEnd) {
    String out = text;
    for (String secret : secrets) {
      if (secret == null || secret.length() < MIN_SCRUBBED_LENGTH) {
        continue;
      }
      for (String form : RequestSecrets.encodings(secret)) {
        out = out.replace(form, MASK);
      }
      if (cutAtEnd) {
        out = maskTrailingPrefix(out, secret);
      }
    }
    return out;
  }

  private static String maskAll(String text, boolean cut, Collection<String> secrets) {
    return mask(scrub(text, secrets, cut));
  }

  private static String maskTrailingPrefix(String text, String secret) {
    for (int k = Math.min(secret.length() - 1, text.length()); k >= MIN_SCRUBBED_LENGTH; k--) {
      if (text.regionMatches(text.length() - k, secret, 0, k)) {
        return text.substring(0, text.length() - k) + MASK;
      }
    }
    return text;
  }

  /**
   * Masks group {@code value} of every match of {@code pattern} whose group {@code name} looks secret; a quoted value
   * keeps its quotes.
   */
  private static String maskValues(Pattern pattern, int name, int value, String text) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      if (!isSecretName(m.group(name))) {
        continue;
      }
      sb = sb == null ? new StringBuilder(text.length()) : sb;
      sb.append(text, last, m.start(value)).append(m.group(value).startsWith("\"") ? "\"" + MASK + "\"" : MASK);
      last = m.end();
    }
    return sb == null ? text : sb.append(text, last, text.length()).toString();
  }

  /** The first {@code n} characters, without splitting a surrogate pair. */
  private static String cut(String s, int n) {
    if (s.length() <= n) {
      return s;
    }
    int end = n > 0 && Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n;
    return s.substring(0, end);
  }
}
