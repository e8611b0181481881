package io.github.iconikopentext.integration.mapping.internal;

/**
 * One named converter of a field, applied to each value on its own. Going to OpenText it turns a value of kind
 * {@link #input()} into one of kind {@link #output()}; going to iconik it does the reverse. Both methods return the
 * converted value or a {@link Rejection}.
 *
 * <p>Implementations are immutable, thread-safe and do their expensive preparation (pattern compilation, formatter
 * construction) once, when the spec is loaded.
 */
interface ElementConverter {

  /** The converter's name in the spec, for messages. */
  String name();

  Kind input();

  Kind output();

  Object toOpenText(Object value);

  Object toIconik(Object value);

  /**
   * Why mapping a value to OpenText and back would not return it, or {@code null} when it would for every value
   * this converter accepts unchanged. Normalizers such as {@code trim} return {@code null}: the values they leave
   * unchanged do come back.
   */
  default String lossiness() {
    return unreadable();
  }

  /**
   * Why a value written to OpenText by this converter can never be read back into iconik, or {@code null}. Only
   * matters for fields mapped to iconik.
   */
  default String unreadable() {
    return null;
  }
}
