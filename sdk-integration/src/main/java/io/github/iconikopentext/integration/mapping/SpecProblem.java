package io.github.iconikopentext.integration.mapping;

import java.util.Objects;

/**
 * One mistake in a mapping spec, located by its JSON path (for example {@code $.fields[2].converters[0].name}).
 * Immutable and thread-safe.
 *
 * @param path where the mistake is, as a JSON path from the spec's root {@code $}
 * @param message what is wrong there and, where possible, what would be right
 */
public record SpecProblem(String path, String message) {

  public SpecProblem {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
