package io.github.iconikopentext.integration.template;

import io.github.iconikopentext.core.error.SdkException;
import java.util.List;

/** A template could not be loaded or validated; {@link #problems()} lists every problem found, with its path. */
public final class TemplateException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final transient List<TemplateProblem> problems;

  public TemplateException(String templateName, List<TemplateProblem> problems) {
    super("template " + templateName + " has " + problems.size() + " problem(s): "
        + String.join("; ", problems.stream().map(TemplateProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<TemplateProblem> problems() {
    return problems;
  }
}
