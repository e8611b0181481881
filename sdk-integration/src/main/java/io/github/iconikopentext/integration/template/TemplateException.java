package io.github.iconikopentext.integration.template;

import io.github.iconikopentext.core.error.SdkException;
import java.util.List;

/** A template could not be loaded or validated; {@link #problems()} lists every problem found, with its path. */
public final class TemplateException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final transient List<TemplateProblem> problems;

  private final String templateName;

  /** {@code templateName} names the template file (or a label) in the message: {@code file:line: path: message}. */
  public TemplateException(String templateName, List<TemplateProblem> problems) {
    super("template " + templateName + " has " + problems.size() + " problem(s): "
        + String.join("; ", problems.stream().map(p -> p.describe(templateName)).toList()));
    this.templateName = templateName;
    this.problems = List.copyOf(problems);
  }

  /** The template's file (or label), as the problems' lines refer to it. */
  public String templateName() {
    return templateName;
  }

  public List<TemplateProblem> problems() {
    return problems;
  }
}
