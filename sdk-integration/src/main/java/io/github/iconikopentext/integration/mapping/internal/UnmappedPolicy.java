package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;

/** What to do with a source field the spec does not mention. */
enum UnmappedPolicy {
  /** Report it as an error: the mapping is considered failed. */
  FAIL("fail"),
  /** Report it as a warning. */
  WARN("warn"),
  /** Skip it without a word. */
  IGNORE("ignore");

  private final String specName;

  UnmappedPolicy(String specName) {
    this.specName = specName;
  }

  String specName() {
    return specName;
  }

  MappingProblem.Severity severity() {
    return this == FAIL ? MappingProblem.Severity.ERROR : MappingProblem.Severity.WARNING;
  }
}
