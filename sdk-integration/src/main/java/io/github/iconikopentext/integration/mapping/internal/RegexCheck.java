package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingIssue;
import java.util.regex.Pattern;

/** {@code regex}: lets through only text the whole of which matches the pattern, in both directions. */
final class RegexCheck implements ElementConverter {
  private final Pattern pattern;

  /** @throws java.util.regex.PatternSyntaxException when the pattern is invalid */
  RegexCheck(String pattern) {
    this.pattern = Pattern.compile(pattern);
  }

  @Override
  public String name() {
    return "regex";
  }

  @Override
  public Kind input() {
    return Kind.TEXT;
  }

  @Override
  public Kind output() {
    return Kind.TEXT;
  }

  @Override
  public Object toOpenText(Object value) {
    return check((String) value);
  }

  @Override
  public Object toIconik(Object value) {
    return check((String) value);
  }

  private Object check(String text) {
    if (pattern.matcher(text).matches()) {
      return text;
    }
    return new Rejection(MappingIssue.Code.PATTERN_MISMATCH,
        Rejection.excerpt(text) + " does not match the pattern " + pattern.pattern());
  }
}
