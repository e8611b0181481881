package io.github.iconikopentext.integration.mapping.internal;

/**
 * A converter from text to text that does the same in both directions — tidying ({@code trim}, {@code case}) or
 * checking ({@code regex}) — so both systems hold the same canonical form.
 */
abstract class TextNormalizer extends ElementConverter {

  TextNormalizer(String name) {
    super(name, Kind.TEXT, Kind.TEXT);
  }

  /** The normalized text, or a {@link Rejection}. */
  abstract Object normalize(String text);

  @Override
  final Object toOpenText(Object value) {
    return normalize((String) value);
  }

  @Override
  final Object toIconik(Object value) {
    return normalize((String) value);
  }
}
