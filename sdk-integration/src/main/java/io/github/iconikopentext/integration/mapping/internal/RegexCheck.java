package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code regex}: lets through only text the whole of which matches the pattern, in both directions.
 *
 * <p>Each thread reuses one {@link Matcher}: a new matcher per value costs about 200 bytes, most of what a mapped
 * asset would otherwise allocate. The matcher is reset to empty text after use so it keeps no value alive.
 */
final class RegexCheck extends TextNormalizer {
  private final Pattern pattern;
  private final ThreadLocal<Matcher> matchers;

  /** @throws java.util.regex.PatternSyntaxException when the pattern is invalid */
  RegexCheck(String pattern) {
    super("regex");
    this.pattern = Pattern.compile(pattern);
    this.matchers = ThreadLocal.withInitial(() -> this.pattern.matcher(""));
  }

  @Override
  Object normalize(String text) {
    Matcher matcher = matchers.get();
    boolean matches = matcher.reset(text).matches();
    matcher.reset("");
    if (matches) {
      return text;
    }
    return new Rejection(MappingProblem.Code.PATTERN_MISMATCH,
        Rejection.excerpt(text) + " does not match the pattern " + pattern.pattern());
  }
}
