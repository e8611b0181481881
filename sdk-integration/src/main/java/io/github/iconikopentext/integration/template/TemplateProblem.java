package io.github.iconikopentext.integration.template;

import java.util.Objects;

/**
 * One thing wrong with a template or its values, located by a JSON path such as {@code $.iconik.webhooks[0].url}
 * and, when it is known, the line of the template file that path is on. The message never contains a secret value.
 *
 * @param path the JSON path of the member that is wrong
 * @param message what is wrong
 * @param line the 1-based line of {@code path} in the template file, or 0 when not known
 */
public record TemplateProblem(String path, String message, int line) {
  public TemplateProblem {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** A problem whose line is not known. */
  public TemplateProblem(String path, String message) {
    this(path, message, 0);
  }

  /** {@code file:line: path: message}, or {@code file: path: message} when the line is not known. */
  public String describe(String file) {
    return file + (line > 0 ? ":" + line : "") + ": " + this;
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
