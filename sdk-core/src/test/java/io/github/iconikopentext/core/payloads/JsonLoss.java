package io.github.iconikopentext.core.payloads;

import io.github.iconikopentext.core.json.internal.JavaTimeAdapters;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a payload's JSON tree with the tree of the model it decoded into, re-encoded with nulls written: every
 * member the model declares is then present in the re-encoded tree, so a payload member is either <em>declared</em>
 * (and must compare equal, or it was lost) or <em>undeclared</em> (the model does not hold it; reachable only through
 * the raw JSON).
 *
 * <p>Equal means: the same text; the same number (a number and its text are equal: lenient reading may turn one into
 * the other); the same instant for two ISO-8601 date-times ({@code +00:00} and {@code Z}, any fraction); a JSON
 * {@code null}, {@code ""}, {@code []} or {@code {}} in the payload equals a model's {@code null} or empty value;
 * objects member by member; arrays element by element, with the same length.
 */
public final class JsonLoss {
  private JsonLoss() {}

  /**
   * What a comparison found.
   *
   * @param lost paths of declared members whose value the model does not give back, with both values
   * @param undeclared paths of payload members the model does not declare (array indexes written {@code []})
   */
  public record Report(List<String> lost, Set<String> undeclared) {
    public Report {
      lost = List.copyOf(lost);
      undeclared = Set.copyOf(undeclared);
    }

    public boolean isLossless() {
      return lost.isEmpty();
    }
  }

  /** Compares {@code payload} (the tree as sent) with {@code model} (the decoded model, re-encoded). */
  public static Report compare(Object payload, Object model) {
    List<String> lost = new ArrayList<>();
    Set<String> undeclared = new LinkedHashSet<>();
    compare("$", "$", payload, model, lost, undeclared);
    return new Report(lost, undeclared);
  }

  private static void compare(String path, String shape, Object payload, Object model, List<String> lost,
      Set<String> undeclared) {
    if (isEmpty(payload)) {
      if (!isEmpty(model)) {
        lost.add(path + ": payload " + describe(payload) + ", model " + describe(model));
      }
      return;
    }
    if (payload instanceof Map<?, ?> p) {
      if (!(model instanceof Map<?, ?> m)) {
        lost.add(path + ": payload object, model " + describe(model));
        return;
      }
      p.forEach((key, value) -> {
        String name = String.valueOf(key);
        if (m.containsKey(name)) {
          compare(path + "." + name, shape + "." + name, value, m.get(name), lost, undeclared);
        } else {
          undeclared.add(shape + "." + name);
        }
      });
      return;
    }
    if (payload instanceof List<?> p) {
      if (!(model instanceof List<?> m) || m.size() != p.size()) {
        lost.add(path + ": payload array of " + p.size() + ", model " + describe(model));
        return;
      }
      for (int i = 0; i < p.size(); i++) {
        compare(path + "[" + i + "]", shape + "[]", p.get(i), m.get(i), lost, undeclared);
      }
      return;
    }
    if (!sameScalar(payload, model)) {
      lost.add(path + ": payload " + describe(payload) + ", model " + describe(model));
    }
  }

  private static boolean isEmpty(Object value) {
    return value == null || value instanceof String s && s.isEmpty()
        || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
  }

  private static boolean sameScalar(Object payload, Object model) {
    if (payload.equals(model)) {
      return true;
    }
    BigDecimal a = number(payload);
    BigDecimal b = number(model);
    if (a != null && b != null) {
      return a.compareTo(b) == 0;
    }
    if (payload instanceof String s && model instanceof String t) {
      OffsetDateTime x = dateTime(s);
      OffsetDateTime y = dateTime(t);
      return x != null && y != null && x.toInstant().equals(y.toInstant());
    }
    return String.valueOf(payload).equals(String.valueOf(model)); // true vs "true"
  }

  private static BigDecimal number(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static OffsetDateTime dateTime(String text) {
    if (text.length() < 19 || text.charAt(4) != '-') {
      return null;
    }
    try {
      return JavaTimeAdapters.parseOffsetDateTime(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String describe(Object value) {
    if (value instanceof Map<?, ?> m) {
      return "object" + m.keySet();
    }
    if (value instanceof List<?> l) {
      return "array of " + l.size();
    }
    String text = String.valueOf(value);
    return value instanceof String ? '"' + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + '"' : text;
  }
}
