package io.github.iconikopentext.integration.mapping;

import java.util.Objects;

/**
 * One mistake in a mapping spec, located by its JSON path (for example {@code $.fields[2].converters[0].name}) and
 * the line of the spec's text that path is on. Immutable and thread-safe.
 *
 * @param path where the mistake is, as a JSON path from the spec's root {@code $}
 * @param message what is wrong there and, where possible, what would be right
 * @param line the 1-based line of {@code path} (or of its nearest enclosing member) in the spec's text, 0 if unknown
 */
public record SpecProblem(String path, String message, int line) {

  public SpecProblem {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** A problem whose line is not known. */
  public SpecProblem(String path, String message) {
    this(path, message, 0);
  }

  /** {@code line N: path: message}, or {@code path: message} when the line is not known. */
  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + path + ": " + message;
  }
}
