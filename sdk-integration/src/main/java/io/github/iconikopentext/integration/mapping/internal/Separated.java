package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;
import java.util.ArrayList;
import java.util.List;

/** Literal (not regular-expression) splitting and joining for the {@code split} and {@code join} converters. */
final class Separated {
  private Separated() {}

  /** The parts of {@code text} between separators; empty text has no parts. */
  static List<String> split(String text, String separator) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int end = text.indexOf(separator); end >= 0; end = text.indexOf(separator, start)) {
      parts.add(text.substring(start, end));
      start = end + separator.length();
    }
    parts.add(text.substring(start));
    return parts;
  }

  /**
   * The values' text joined by the separator, or a {@link Rejection} when a value is empty or contains the
   * separator — either would come back as different values when split again.
   */
  static Object join(Object[] values, String separator) {
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      Object text = Kind.TEXT.coerce(values[i]);
      if (text instanceof Rejection) {
        return text;
      }
      String part = (String) text;
      if (part.isEmpty()) {
        return Rejection.invalid("value " + (i + 1) + " of " + values.length
            + " is empty and would be lost when the joined text is split again");
      }
      if (part.contains(separator)) {
        return new Rejection(MappingProblem.Code.SEPARATOR_IN_VALUE, "value " + (i + 1) + " of " + values.length
            + ' ' + Rejection.excerpt(part) + " contains the separator '" + separator
            + "', so the joined text could not be split back into the same values");
      }
      if (i > 0) {
        joined.append(separator);
      }
      joined.append(part);
    }
    return joined.toString();
  }
}
