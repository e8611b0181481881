package io.github.iconikopentext.integration.mapping.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON object of a spec with typed, path-aware access: every accessor that finds something wrong records a
 * problem at the member's path and returns null (or the given default), so checking carries on and reports
 * everything in one pass. Not thread-safe (it writes to the shared problem list).
 */
final class SpecObject {
  private final Map<?, ?> members;
  private final String path;
  private final ProblemList problems;

  private SpecObject(Map<?, ?> members, String path, ProblemList problems) {
    this.members = members;
    this.path = path;
    this.problems = problems;
  }

  /** The node as an object, or null after recording that it is something else. */
  static SpecObject of(Object node, String path, ProblemList problems) {
    if (node instanceof Map<?, ?> map) {
      return new SpecObject(map, path, problems);
    }
    problems.add(path, "expected an object, found " + describe(node));
    return null;
  }

  String path() {
    return path;
  }

  String path(String member) {
    return Paths.member(path, member);
  }

  ProblemList problems() {
    return problems;
  }

  boolean has(String member) {
    return members.containsKey(member);
  }

  Object raw(String member) {
    return members.get(member);
  }

  /** Records a problem for each member not in {@code allowed} — a typo must not silently change the meaning. */
  void allowOnly(String... allowed) {
    List<String> names = Arrays.asList(allowed);
    for (Object name : members.keySet()) {
      if (!names.contains(name)) {
        problems.add(path((String) name), "unknown member '" + name + "' (expected one of " + names + ')');
      }
    }
  }

  /** A non-blank text member; null when absent (a problem only if required) or not non-blank text. */
  String string(String member, boolean required) {
    Object value = present(member, required);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      problems.add(path(member), "expected text, found " + describe(value));
      return null;
    }
    if (text.isBlank()) {
      problems.add(path(member), "must not be blank");
      return null;
    }
    return text;
  }

  boolean bool(String member, boolean defaultValue) {
    Object value = members.get(member);
    if (value == null) {
      if (members.containsKey(member)) {
        problems.add(path(member), "expected true or false, found null");
      }
      return defaultValue;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    problems.add(path(member), "expected true or false, found " + describe(value));
    return defaultValue;
  }

  /** A whole number within [min, max]; null when absent (a problem only if required) or invalid. */
  Integer integer(String member, boolean required, int min, int max) {
    Object value = present(member, required);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal number) {
      try {
        int whole = number.intValueExact();
        if (whole >= min && whole <= max) {
          return whole;
        }
      } catch (ArithmeticException e) {
        // reported below
      }
    }
    problems.add(path(member), "expected a whole number from " + min + " to " + max + ", found "
        + (value instanceof BigDecimal ? value : describe(value)));
    return null;
  }

  /**
   * One of a fixed set of names, such as a type or a direction; {@code defaultValue} when absent (a problem only
   * if required) and null when it names none of the options.
   */
  <E> E choice(String member, boolean required, E defaultValue, E[] options, Function<E, String> specName) {
    if (!members.containsKey(member) && !required) {
      return defaultValue;
    }
    String name = string(member, required);
    if (name == null) {
      return null;
    }
    StringBuilder known = new StringBuilder();
    for (E option : options) {
      if (specName.apply(option).equals(name)) {
        return option;
      }
      known.append(known.length() == 0 ? "" : ", ").append(specName.apply(option));
    }
    problems.add(path(member), "unknown " + member + " '" + name + "' (expected one of " + known + ')');
    return null;
  }

  List<?> array(String member, boolean required) {
    Object value = present(member, required);
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      return list;
    }
    problems.add(path(member), "expected an array, found " + describe(value));
    return null;
  }

  SpecObject object(String member, boolean required) {
    Object value = present(member, required);
    return value == null ? null : of(value, path(member), problems);
  }

  /** The value of the member, or null after recording that it is absent (when required) or null. */
  private Object present(String member, boolean required) {
    Object value = members.get(member);
    if (value == null) {
      if (members.containsKey(member)) {
        problems.add(path(member), "must not be null");
      } else if (required) {
        problems.add(path, "missing required member '" + member + '\'');
      }
    }
    return value;
  }

  /** The JSON type of a tree node, for messages. */
  static String describe(Object node) {
    if (node == null) {
      return "null";
    }
    if (node instanceof Map) {
      return "an object";
    }
    if (node instanceof List) {
      return "an array";
    }
    if (node instanceof String text) {
      return "text " + Rejection.excerpt(text);
    }
    if (node instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }
}
