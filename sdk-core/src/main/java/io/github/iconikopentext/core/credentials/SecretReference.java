package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pointer to a secret, written {@code scheme:name}: {@code env:ICONIK_AUTH_TOKEN}, {@code file:/run/secrets/token},
 * {@code prop:iconik.authToken}, or any scheme registered with {@link SecretResolvers}. Templates and configuration
 * files hold references, never secret values; a reference may be printed freely.
 *
 * @param scheme the lower-case scheme, e.g. {@code env}
 * @param name what the resolver looks up, e.g. a variable name or a path
 */
public record SecretReference(String scheme, String name) {
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

  public SecretReference {
    Objects.requireNonNull(scheme, "scheme == null");
    Objects.requireNonNull(name, "name == null");
    if (!SCHEME.matcher(scheme).matches()) {
      throw new ConfigurationException("secret reference scheme '" + scheme + "' is not a lower-case word");
    }
    if (name.isBlank()) {
      throw new ConfigurationException("secret reference '" + scheme + ":' has no name");
    }
  }

  /**
   * Parses {@code scheme:name}.
   *
   * @throws ConfigurationException if the text has no scheme; the message does not repeat the text, in case a
   *     secret was pasted where a reference belongs
   */
  public static SecretReference parse(String text) {
    Objects.requireNonNull(text, "secret reference == null");
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new ConfigurationException(
          "not a secret reference (expected scheme:name such as env:NAME or file:/path; the value is not shown)");
    }
    return new SecretReference(text.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
        text.substring(colon + 1).trim());
  }

  /** Whether {@code text} looks like {@code scheme:name} with a known-looking scheme. */
  public static boolean looksLikeReference(String text) {
    if (text == null) {
      return false;
    }
    int colon = text.indexOf(':');
    return colon > 0 && SCHEME.matcher(text.substring(0, colon)).matches() && colon < text.length() - 1;
  }

  @Override
  public String toString() {
    return scheme + ":" + name;
  }
}
