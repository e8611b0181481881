package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.integration.status.Condition;
import io.github.iconikopentext.integration.status.StatusSnapshot;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints an integration's conditions as aligned lines: type, {@code True}/{@code False}/{@code Unknown}, reason, message. */
public final class ConditionTable {
  private ConditionTable() {}

  /** Prints one line per condition of {@code snapshot}, each starting with {@code indent}. */
  public static void print(PrintWriter out, String indent, StatusSnapshot snapshot) {
    for (Condition c : snapshot.conditions()) {
      out.printf("%s%-20s %-6s %-22s %s%n", indent, c.type(), display(c.status()), c.reason(),
          c.message() == null ? "" : c.message());
    }
  }

  /** As in the JSON and in Kubernetes. */
  private static String display(Condition.Status status) {
    String name = status.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
