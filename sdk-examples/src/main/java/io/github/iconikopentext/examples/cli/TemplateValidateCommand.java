package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateException;
import io.github.iconikopentext.integration.template.TemplateProblem;
import io.github.iconikopentext.integration.template.TemplateSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code template validate}: checks a template and its values without contacting anything. */
@Command(name = "validate", description = {
    "Fills a template with an environment's values and checks it: schema, placeholders, routing, targets, and that",
    "every secret reference resolves here (values are never shown). Exit 0 when valid, 1 listing every problem."})
final class TemplateValidateCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin
  TemplateOptions template;

  @Mixin
  ConnectionOptions connection;

  TemplateValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings settings = Settings.of(context, connection);
    IntegrationTemplate resolved;
    TemplateSource source;
    try {
      source = template.source();
      resolved = template.resolve(source,
          connection.profile != null ? connection.profile : Settings.DEFAULT_ENVIRONMENT);
    } catch (TemplateException e) {
      return printProblems(context, e.templateName(), e.problems());
    }
    List<TemplateProblem> problems =
        resolved.checkSecrets(SecretResolvers.builder().environment(settings.variables()).build());
    if (!problems.isEmpty()) {
      return printProblems(context, source.origin(), problems.stream().map(source::locate).toList());
    }
    context.out().println("valid: " + describe(resolved) + ", " + resolved.secretReferences().size()
        + " secret reference(s) resolve");
    return ExitCodes.OK;
  }

  /** {@code name for environment (template abcdef012345)}. */
  static String describe(IntegrationTemplate t) {
    return t.name() + " for " + t.environment() + " (template " + t.templateHash().substring(0, 12) + ")";
  }

  /** Prints each problem as {@code file:line: path: message}. */
  static int printProblems(CliContext context, String file, List<TemplateProblem> problems) {
    context.out().println("invalid: " + problems.size() + " problem(s)");
    problems.forEach(p -> context.out().println("  " + p.describe(file)));
    return ExitCodes.FAILED;
  }
}
