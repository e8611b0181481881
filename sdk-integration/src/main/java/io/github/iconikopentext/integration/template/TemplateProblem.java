package io.github.iconikopentext.integration.template;

import java.util.Objects;

/**
 * One thing wrong with a template or its values, located by a JSON path such as {@code $.iconik.webhooks[0].url}.
 * The message never contains a secret value.
 */
public record TemplateProblem(String path, String message) {
  public TemplateProblem {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
