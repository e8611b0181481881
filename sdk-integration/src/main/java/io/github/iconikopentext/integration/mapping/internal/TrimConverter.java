package io.github.iconikopentext.integration.mapping.internal;

/** {@code trim}: removes leading and trailing white space, in both directions. */
final class TrimConverter extends TextNormalizer {
  static final TrimConverter INSTANCE = new TrimConverter();

  private TrimConverter() {
    super("trim");
  }

  @Override
  Object normalize(String text) {
    return text.strip();
  }
}
