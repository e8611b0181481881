package io.github.iconikopentext.integration.mapping;

import io.github.iconikopentext.core.error.SdkException;
import java.util.List;

/**
 * A mapping spec could not be loaded. Loading checks the whole spec before giving up, so {@link #problems()} lists
 * every mistake found, each with its JSON path, and the message lists them all.
 */
public final class MappingSpecException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final List<SpecProblem> problems;

  public MappingSpecException(String specName, List<SpecProblem> problems) {
    super(describe(specName, problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order of the spec. Never empty. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static String describe(String specName, List<SpecProblem> problems) {
    StringBuilder message = new StringBuilder("mapping spec");
    if (specName != null) {
      message.append(" '").append(specName).append('\'');
    }
    message.append(" is invalid (").append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    for (SpecProblem problem : problems) {
      message.append("\n  ").append(problem);
    }
    return message.toString();
  }
}
