package io.github.iconikopentext.integration.mapping.internal;

import java.util.Locale;

/**
 * {@code case}: upper- or lower-cases text (locale-independent), in both directions, so both systems hold the
 * same canonical form.
 */
final class CaseConverter implements ElementConverter {
  static final CaseConverter UPPER = new CaseConverter(true);
  static final CaseConverter LOWER = new CaseConverter(false);

  private final boolean upper;

  private CaseConverter(boolean upper) {
    this.upper = upper;
  }

  @Override
  public String name() {
    return upper ? "case upper" : "case lower";
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
    return convert((String) value);
  }

  @Override
  public Object toIconik(Object value) {
    return convert((String) value);
  }

  private String convert(String text) {
    return upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
  }
}
