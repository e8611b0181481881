package io.github.iconikopentext.integration.mapping.internal;

import java.util.Locale;

/** {@code case}: upper- or lower-cases text (locale-independent), in both directions. */
final class CaseConverter extends TextNormalizer {
  static final CaseConverter UPPER = new CaseConverter(true);
  static final CaseConverter LOWER = new CaseConverter(false);

  private final boolean upper;

  private CaseConverter(boolean upper) {
    super(upper ? "case upper" : "case lower");
    this.upper = upper;
  }

  @Override
  Object normalize(String text) {
    return upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
  }
}
