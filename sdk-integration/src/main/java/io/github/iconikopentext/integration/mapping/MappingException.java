package io.github.iconikopentext.integration.mapping;

import io.github.iconikopentext.core.error.SdkException;
import java.util.List;

/**
 * Thrown by {@link MappingResult#valueOrThrow()} when some metadata of an object could not be mapped. The message
 * lists every error; {@link #problems()} holds all problems of the mapping, warnings included.
 */
public final class MappingException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** Serializable copy: the problems are records of strings and enums. */
  private final List<MappingProblem> problems;

  public MappingException(List<MappingProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<MappingProblem> problems() {
    return problems;
  }

  private static String describe(List<MappingProblem> problems) {
    StringBuilder message = new StringBuilder("metadata could not be mapped:");
    for (MappingProblem problem : problems) {
      if (problem.severity() == MappingProblem.Severity.ERROR) {
        message.append("\n  ").append(problem.code()).append(' ').append(problem.field()).append(": ")
            .append(problem.message());
      }
    }
    return message.toString();
  }
}
