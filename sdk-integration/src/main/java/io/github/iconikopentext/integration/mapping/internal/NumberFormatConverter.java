package io.github.iconikopentext.integration.mapping.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code number-format}: writes an integer or decimal to OpenText as text — optionally with a fixed number of
 * decimals, a grouping separator and a decimal separator other than {@code .} — and reads it back.
 *
 * <p>Written by hand rather than with {@link java.text.DecimalFormat}, which is neither thread-safe nor cheap. A
 * value with more decimals than {@code decimals} is rejected unless a rounding mode is given: rounding is lossy, so
 * it must be asked for.
 */
final class NumberFormatConverter extends ElementConverter {
  /** Fixed number of decimals, or -1 to write the value's own scale. */
  private final int decimals;
  /** How to round to {@code decimals}, or null to reject values that would need rounding. */
  private final RoundingMode rounding;
  private final String grouping;
  private final String decimalSeparator;
  private final boolean plain;

  /**
   * @param input {@link Kind#INTEGER} or {@link Kind#DECIMAL}
   * @param grouping the thousands separator, or null for none
   * @throws IllegalArgumentException when the separators are unusable
   */
  NumberFormatConverter(Kind input, int decimals, RoundingMode rounding, String grouping, String decimalSeparator) {
    super("number-format", input, Kind.TEXT);
    if (input != Kind.INTEGER && input != Kind.DECIMAL) {
      throw new IllegalArgumentException("input must be an integer or decimal kind");
    }
    checkSeparator("grouping", grouping);
    checkSeparator("decimal_separator", decimalSeparator);
    if (grouping != null && (grouping.contains(decimalSeparator) || decimalSeparator.contains(grouping))) {
      throw new IllegalArgumentException("grouping '" + grouping + "' and decimal_separator '" + decimalSeparator
          + "' must differ, or numbers cannot be read back");
    }
    this.decimals = decimals;
    this.rounding = rounding;
    this.grouping = grouping;
    this.decimalSeparator = decimalSeparator;
    this.plain = grouping == null && decimalSeparator.equals(".");
  }

  private static void checkSeparator(String name, String separator) {
    if (separator == null) {
      return;
    }
    if (separator.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    for (int i = 0; i < separator.length(); i++) {
      char c = separator.charAt(i);
      if (Character.isDigit(c) || c == '-' || c == '+' || c == 'e' || c == 'E') {
        throw new IllegalArgumentException(
            name + " '" + separator + "' must not contain digits, signs or 'e', or numbers cannot be read back");
      }
    }
  }

  @Override
  Object toOpenText(Object value) {
    if (value instanceof Long number && decimals < 0 && plain) {
      return number.toString();
    }
    BigDecimal number = value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value;
    if (decimals >= 0) {
      try {
        number = number.setScale(decimals, rounding == null ? RoundingMode.UNNECESSARY : rounding);
      } catch (ArithmeticException e) {
        return Rejection.invalid(number.toPlainString() + " has more than " + decimals
            + " decimals and the number-format gives no rounding");
      }
    }
    String text = number.toPlainString();
    return plain ? text : localize(text);
  }

  @Override
  Object toIconik(Object value) {
    String text = ((String) value).strip();
    if (grouping != null) {
      text = text.replace(grouping, "");
    }
    if (!decimalSeparator.equals(".")) {
      if (text.indexOf('.') >= 0) {
        return notANumber(value);
      }
      text = text.replace(decimalSeparator, ".");
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return notANumber(value);
    }
    if (input() == Kind.DECIMAL) {
      return number;
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      return Rejection.invalid(Rejection.excerpt(value) + " is not an integer");
    }
  }

  @Override
  String lossiness() {
    BigDecimal decimalSample = new BigDecimal("-1234567.891");
    Object sample = input() == Kind.INTEGER
        ? (Object) (-1234567L)
        : decimals >= 0 ? decimalSample.setScale(decimals, RoundingMode.HALF_UP) : decimalSample;
    Object text = toOpenText(sample);
    Object back = text instanceof String ? toIconik(text) : text;
    return sample.equals(back) ? null
        : "number-format does not keep a value: " + sample + " is written as " + text + " and read back as " + back;
  }

  /** Applies the separators to plain text such as {@code -1234567.50}. */
  private String localize(String plainText) {
    int point = plainText.indexOf('.');
    int integerEnd = point < 0 ? plainText.length() : point;
    int digitsStart = plainText.startsWith("-") ? 1 : 0;
    StringBuilder out = new StringBuilder(plainText.length() + 8);
    out.append(plainText, 0, digitsStart);
    for (int i = digitsStart; i < integerEnd; i++) {
      if (grouping != null && i > digitsStart && (integerEnd - i) % 3 == 0) {
        out.append(grouping);
      }
      out.append(plainText.charAt(i));
    }
    if (point >= 0) {
      out.append(decimalSeparator).append(plainText, point + 1, plainText.length());
    }
    return out.toString();
  }

  private Rejection notANumber(Object value) {
    return Rejection.invalid(Rejection.excerpt(value) + " is not a number in the format of this field");
  }
}
