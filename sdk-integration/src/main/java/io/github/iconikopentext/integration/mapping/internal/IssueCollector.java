package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingIssue;
import java.util.ArrayList;
import java.util.List;

/** Gathers the issues of one mapping call; allocates nothing until the first issue. Not thread-safe. */
final class IssueCollector {
  private List<MappingIssue> issues;

  void add(String field, MappingIssue.Code code, MappingIssue.Severity severity, String message) {
    if (issues == null) {
      issues = new ArrayList<>(4);
    }
    issues.add(new MappingIssue(field, code, severity, message));
  }

  void error(String field, Rejection rejection) {
    add(field, rejection.code, MappingIssue.Severity.ERROR, rejection.message);
  }

  boolean isEmpty() {
    return issues == null;
  }

  List<MappingIssue> issues() {
    return issues == null ? List.of() : issues;
  }
}
