package io.github.iconikopentext.integration.mapping;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of mapping one object's metadata: the values that could be mapped and every problem met on the way.
 *
 * <p>A value that could not be mapped is absent from {@link #value()} and listed in {@link #problems()} — nothing is
 * dropped silently. Each field is all-or-nothing: when one element of a list cannot be mapped, the whole field is
 * left out (writing the remaining elements would overwrite the target with a shorter list). Immutable and
 * thread-safe.
 *
 * @param value the mapped values: an {@link OpenTextMetadata} or an iconik
 *     {@link io.github.iconikopentext.iconik.model.MetadataValues}
 * @param problems the problems in the order they were met; empty when the mapping was clean
 * @param <T> the type of the mapped values
 */
public record MappingResult<T>(T value, List<MappingProblem> problems) {

  public MappingResult {
    Objects.requireNonNull(value, "value == null");
    problems = List.copyOf(problems);
  }

  /** Whether any problem is an {@link MappingProblem.Severity#ERROR}: some source value is missing from the result. */
  public boolean hasErrors() {
    for (MappingProblem problem : problems) {
      if (problem.severity() == MappingProblem.Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mapping met no problem at all, not even a warning. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The mapped values when there is no error (warnings are allowed).
   *
   * @throws MappingException listing every error when {@link #hasErrors()}
   */
  public T valueOrThrow() {
    if (hasErrors()) {
      throw new MappingException(problems);
    }
    return value;
  }
}
