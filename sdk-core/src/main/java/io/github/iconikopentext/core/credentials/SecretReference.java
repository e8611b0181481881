package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.error.ConfigurationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pointer to a secret, written {@code scheme:name}: {@code env:ICONIK_AUTH_TOKEN}, {@code file:/run/secrets/token},
 * {@code prop:iconik.authToken}, or any scheme registered with {@link SecretResolvers}. Templates and configuration
 * files hold references, never secret values.
 *
 * <p>Yet a secret is sometimes pasted where a reference belongs ({@code env:eyJhbGciOi…}, {@code user:password}).
 * So {@link #toString()} — and with it every message about a reference — shows the name only when it looks like
 * one: an environment variable name in one case ({@code ICONIK_AUTH_TOKEN}), a short property name
 * ({@code iconik.authToken}), a path ({@code /run/secrets/token}), or for other schemes a slash-separated key — and,
 * for properties and keys, no part that mixes capitals and digits as base64 does; else only its length.
 *
 * @param scheme the lower-case scheme, e.g. {@code env}
 * @param name what the resolver looks up, e.g. a variable name or a path
 */
public record SecretReference(String scheme, String name) {
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]{0,63}|[a-z_][a-z0-9_]{0,63}");
  private static final Pattern PROPERTY_NAME =
      Pattern.compile("(?=.{1,64}$)[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)+|[a-z][a-z0-9_-]{0,63}");
  private static final Pattern PATH = Pattern.compile("(?=.{1,1024}$)(/|\\./|\\.\\./|~/|[A-Za-z]:[\\\\/])[^\\s=+]*");
  /** A run of characters with both an upper-case letter and a digit between dots or slashes: base64, not a word. */
  private static final Pattern RANDOM_LOOKING = Pattern.compile("[^./]*([A-Z][^./]*[0-9]|[0-9][^./]*[A-Z])");
  private static final Pattern KEY_PATH =
      Pattern.compile("(?=.{1,256}$)[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)+(#[A-Za-z0-9_.-]+)?");

  public SecretReference {
    Objects.requireNonNull(scheme, "scheme == null");
    Objects.requireNonNull(name, "name == null");
    if (!SCHEME.matcher(scheme).matches()) {
      // Not shown: whatever precedes the first colon may be part of a pasted secret.
      throw new ConfigurationException("a secret reference's scheme (before the first ':') is not a lower-case word "
          + "such as env, file or prop; the text is not shown");
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

  /**
   * {@code scheme:name} when the name looks like a name (see the class comment), else
   * {@code scheme:<N characters, not shown>}.
   */
  @Override
  public String toString() {
    return scheme + ":" + (looksLikeName() ? name : "<" + name.length() + " characters, not shown>");
  }

  private boolean looksLikeName() {
    return switch (scheme) {
      case "env" -> ENV_NAME.matcher(name).matches();
      case "prop" -> PROPERTY_NAME.matcher(name).matches() && !RANDOM_LOOKING.matcher(name).find();
      case "file" -> PATH.matcher(name).matches();
      default -> KEY_PATH.matcher(name).matches() && !RANDOM_LOOKING.matcher(name).find();
    };
  }
}
