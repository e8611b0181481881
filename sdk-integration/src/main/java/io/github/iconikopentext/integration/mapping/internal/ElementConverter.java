package io.github.iconikopentext.integration.mapping.internal;

/**
 * One named converter of a field, applied to each value on its own. Going to OpenText it turns a value of kind
 * {@link #input()} into one of kind {@link #output()}; going to iconik it does the reverse. Both methods return the
 * converted value or a {@link Rejection}.
 *
 * <p>Implementations are immutable, thread-safe and do their expensive preparation (pattern compilation, formatter
 * construction) once, when the spec is loaded.
 */
abstract class ElementConverter {
  private final String name;
  private final Kind input;
  private final Kind output;

  ElementConverter(String name, Kind input, Kind output) {
    this.name = name;
    this.input = input;
    this.output = output;
  }

  /** The converter's name in the spec, for messages. */
  final String name() {
    return name;
  }

  final Kind input() {
    return input;
  }

  final Kind output() {
    return output;
  }

  abstract Object toOpenText(Object value);

  abstract Object toIconik(Object value);

  /**
   * Why mapping a value to OpenText and back would not return it, or {@code null} when it would for every value
   * this converter leaves unchanged. Normalizers such as {@code trim} return {@code null}: the values they leave
   * unchanged do come back.
   */
  String lossiness() {
    return unreadable();
  }

  /**
   * Why a value written to OpenText by this converter can never be read back into iconik, or {@code null}. Only
   * matters for fields mapped to iconik.
   */
  String unreadable() {
    return null;
  }
}
