package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The template, its values and the environment of the {@code template} commands: a picocli mixin. */
public final class TemplateOptions {

  @Option(names = "--template", required = true, paramLabel = "FILE", description = "The template (JSON).")
  Path template;

  @Option(names = "--values", required = true, paramLabel = "FILE",
      description = "The environment's placeholder values (JSON object or properties).")
  Path values;

  @Option(names = "--environment", paramLabel = "NAME",
      description = "The environment the values are for (default: the --profile name, else '"
          + Settings.DEFAULT_ENVIRONMENT + "').")
  String environment;

  /** The template as read, before its placeholders are filled. */
  TemplateSource source() {
    return TemplateSource.parse(CliFiles.readText("--template", template), template.toString());
  }

  /** The template filled with the values for {@code defaultEnvironment} unless {@code --environment} names one. */
  IntegrationTemplate resolve(String defaultEnvironment) {
    return resolve(source(), defaultEnvironment);
  }

  /** {@code source} filled with the values for {@code defaultEnvironment} unless {@code --environment} names one. */
  IntegrationTemplate resolve(TemplateSource source, String defaultEnvironment) {
    String name = environment != null ? environment : defaultEnvironment;
    if (CliFiles.readText("--values", values).isBlank()) {
      throw new UsageException("--values " + values + ": is empty; expected a JSON object or KEY=VALUE lines");
    }
    return source.resolve(TemplateValues.read(name, values));
  }
}
