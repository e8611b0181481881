package io.github.iconikopentext.testkit.internal.iconik;

import io.github.iconikopentext.testkit.IconikFault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/** Fault rules by path, each for a number of requests or until cleared. Thread-safe. Not part of the API. */
public final class Faults {
  /** Apply the rule to every matching request until cleared. */
  public static final int ALWAYS = -1;

  private static final class Rule {
    final Pattern path;
    final IconikFault fault;
    int remaining;

    Rule(Pattern path, IconikFault fault, int remaining) {
      this.path = path;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  /** Adds a rule for paths fully matching {@code pathRegex}, for {@code times} requests or {@link #ALWAYS}. */
  public synchronized void add(String pathRegex, IconikFault fault, int times) {
    rules.add(new Rule(Pattern.compile(pathRegex), fault, times));
  }

  /** The fault for this request, consuming one use of its rule; {@code null} when none applies. */
  public synchronized IconikFault next(String path) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.path.matcher(path).matches()) {
        if (rule.remaining != ALWAYS && --rule.remaining == 0) {
          it.remove();
        }
        return rule.fault;
      }
    }
    return null;
  }

  /** The fault {@link #next} would return for this path, without consuming it; {@code null} when none applies. */
  public synchronized IconikFault peek(String path) {
    for (Rule rule : rules) {
      if (rule.path.matcher(path).matches()) {
        return rule.fault;
      }
    }
    return null;
  }

  public synchronized void clear() {
    rules.clear();
  }
}
