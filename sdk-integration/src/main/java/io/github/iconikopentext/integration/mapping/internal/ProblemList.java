package io.github.iconikopentext.integration.mapping.internal;

import io.github.iconikopentext.integration.mapping.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one spec while it is checked. Not thread-safe. */
final class ProblemList {
  private final List<SpecProblem> problems = new ArrayList<>();

  void add(String path, String message) {
    problems.add(new SpecProblem(path, message));
  }

  int size() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<SpecProblem> problems() {
    return List.copyOf(problems);
  }
}
