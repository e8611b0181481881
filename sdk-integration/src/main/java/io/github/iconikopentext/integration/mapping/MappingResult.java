package io.github.iconikopentext.integration.mapping;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of mapping one object's metadata: the values that could be mapped and every issue met on the way.
 *
 * <p>A value that could not be mapped is absent from {@link #value()} and listed in {@link #issues()} — nothing is
 * dropped silently. Each field is all-or-nothing: when one element of a list cannot be mapped, the whole field is
 * left out (writing the remaining elements would overwrite the target with a shorter list). Immutable and
 * thread-safe.
 *
 * @param value the mapped values: an {@link OpenTextMetadata} or an iconik
 *     {@link io.github.iconikopentext.iconik.model.MetadataValues}
 * @param issues the issues in the order they were met; empty when the mapping was clean
 * @param <T> the type of the mapped values
 */
public record MappingResult<T>(T value, List<MappingIssue> issues) {

  public MappingResult {
    Objects.requireNonNull(value, "value == null");
    issues = List.copyOf(issues);
  }

  /** Whether any issue is an {@link MappingIssue.Severity#ERROR}: some source value is missing from the result. */
  public boolean hasErrors() {
    for (MappingIssue issue : issues) {
      if (issue.severity() == MappingIssue.Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mapping met no issue at all, not even a warning. */
  public boolean isClean() {
    return issues.isEmpty();
  }

  /**
   * The mapped values when there is no error (warnings are allowed).
   *
   * @throws MappingException listing every error when {@link #hasErrors()}
   */
  public T valueOrThrow() {
    if (hasErrors()) {
      throw new MappingException(issues);
    }
    return value;
  }
}
