package io.github.iconikopentext.integration.mapping.internal;

/** {@code trim}: removes leading and trailing white space, in both directions. */
final class TrimConverter implements ElementConverter {
  static final TrimConverter INSTANCE = new TrimConverter();

  private TrimConverter() {}

  @Override
  public String name() {
    return "trim";
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
    return ((String) value).strip();
  }

  @Override
  public Object toIconik(Object value) {
    return ((String) value).strip();
  }
}
