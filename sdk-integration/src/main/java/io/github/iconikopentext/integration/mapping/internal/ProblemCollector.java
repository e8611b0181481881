package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.MappingProblem;
import java.util.ArrayList;
import java.util.List;

/** Gathers the problems of one mapping call; allocates nothing until the first problem. Not thread-safe. */
final class ProblemCollector {
  private List<MappingProblem> problems;

  void add(String field, MappingProblem.Code code, MappingProblem.Severity severity, String message) {
    if (problems == null) {
      problems = new ArrayList<>(4);
    }
    problems.add(new MappingProblem(field, code, severity, message));
  }

  void error(String field, Rejection rejection) {
    add(field, rejection.code, MappingProblem.Severity.ERROR, rejection.message);
  }

  boolean isEmpty() {
    return problems == null;
  }

  List<MappingProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
