package io.github.iconikopentext.benchmarks.report;

import java.util.List;

/** One benchmark group of the report: its figures and the checks of its targets. */
interface Section {

  /** The heading of the group. */
  String title();

  /** Writes the group's figures, each with its ratio to its peer or limit, and returns its targets' checks. */
  List<Check> write(JmhResults results, Markdown out);

  /**
   * What limits the SDK where check {@code id} was missed and what would close the gap, as read from the profiles
   * of earlier runs; empty when there is nothing to add to the profile printed with it.
   */
  default String analysis(String id) {
    return "";
  }
}
