package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;

/**
 * Why one value could not be converted. Converters return it in place of a value so the hot path needs neither
 * exceptions nor a result wrapper for the common, successful case; it is only allocated when a value is bad.
 */
final class Rejection {
  private static final int EXCERPT_LENGTH = 60;

  final MappingProblem.Code code;
  final String message;

  Rejection(MappingProblem.Code code, String message) {
    this.code = code;
    this.message = message;
  }

  static Rejection invalid(String message) {
    return new Rejection(MappingProblem.Code.INVALID_VALUE, message);
  }

  /** A short, quoted rendering of a value for messages; long text is cut so one bad value can't flood a log. */
  static String excerpt(Object value) {
    if (value instanceof String text) {
      return '\'' + (text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…") + '\'';
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
