package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.integration.promotion.LivePromotionTarget;
import io.github.iconikopentext.integration.promotion.Promotion;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateException;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.template.TemplateProblem;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code template plan} and {@code template apply} share: the template, the connection, and how the live
 * environment is read. A picocli mixin.
 */
public final class PromotionOptions {
  @Mixin
  TemplateOptions template;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--allow-deletions",
      description = "Also delete managed resources the template no longer has.")
  boolean allowDeletions;

  @Option(names = "--folder-type", paramLabel = "TYPE", description = "The CMS folder type (default: cms_folder).")
  String folderType;

  /**
   * The promotion, if the template and its values are valid and every secret reference resolves; otherwise empty,
   * after printing every problem.
   */
  Optional<Promotion> validPromotion(CliContext context) {
    Promotion promotion;
    try {
      promotion = promotion(context);
    } catch (TemplateException e) {
      TemplateValidateCommand.printProblems(context, e.templateName(), e.problems());
      return Optional.empty();
    }
    List<TemplateProblem> problems = promotion.validate();
    if (!problems.isEmpty()) {
      TemplateSource source = template.source();
      TemplateValidateCommand.printProblems(context, source.origin(), problems.stream().map(source::locate).toList());
      return Optional.empty();
    }
    return Optional.of(promotion);
  }

  /**
   * The promotion of the template into the connected environment, which is named after the {@code --profile} (or
   * {@code --environment}): values for one environment are never applied to another.
   */
  private Promotion promotion(CliContext context) {
    Settings settings = Settings.of(context, connection);
    String targetEnvironment = connection.profile != null ? connection.profile
        : template.environment != null ? template.environment : Settings.DEFAULT_ENVIRONMENT;
    IntegrationTemplate resolved = template.resolve(targetEnvironment);
    TemplateModel.OpenTextSpec openTextSpec = resolved.opentext();
    OpenTextClient openText = openTextSpec == null ? null : settings.openText(null);
    String organization = openTextSpec == null || openTextSpec.app() == null ? null
        : openTextSpec.app().organizationId();
    return Promotion.builder(resolved, new LivePromotionTarget(targetEnvironment, settings.iconik(), openText,
            organization, folderType))
        .secretResolvers(SecretResolvers.builder().environment(settings.variables()).build())
        .clock(context.httpOptions().clock())
        .build();
  }
}
