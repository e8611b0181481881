package io.github.iconikopentext.integration.template.internal;

import io.github.iconikopentext.integration.template.TemplateProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code ${name}} placeholders in every string of a parsed JSON tree, collecting each unbound one with its
 * JSON path. {@code $${x}} stays a literal {@code ${x}}. Not part of the API.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\$\\{([A-Za-z0-9_.-]+)}");

  private Placeholders() {}

  /** The names used anywhere in {@code tree}. */
  public static Set<String> names(Object tree) {
    Set<String> names = new TreeSet<>();
    walk(tree, "$", (path, text) -> {
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        if (!m.group().startsWith("$$")) {
          names.add(m.group(1));
        }
      }
      return text;
    });
    return names;
  }

  /** A copy of {@code tree} with placeholders filled from {@code values}; unbound ones are added to problems. */
  public static Object fill(Object tree, Map<String, String> values, List<TemplateProblem> problems) {
    return walk(tree, "$", (path, text) -> {
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String replacement;
        if (m.group().startsWith("$$")) {
          replacement = m.group().substring(1);
        } else if (values.containsKey(m.group(1))) {
          replacement = values.get(m.group(1));
        } else {
          problems.add(new TemplateProblem(path, "placeholder ${" + m.group(1) + "} has no value"));
          replacement = m.group();
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      return out.toString();
    });
  }

  interface StringVisitor {
    String visit(String path, String text);
  }

  private static Object walk(Object node, String path, StringVisitor visitor) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), walk(v, path + "." + k, visitor)));
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        copy.add(walk(list.get(i), path + "[" + i + "]", visitor));
      }
      return copy;
    }
    if (node instanceof String s) {
      return visitor.visit(path, s);
    }
    return node;
  }
}
