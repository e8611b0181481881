package io.github.iconikopentext.examples.cli;

import picocli.CommandLine.Command;

/** {@code template}: validate, plan and apply integration templates. */
@Command(name = "template", description = "Validate, plan and apply integration templates.",
    subcommands = {TemplateValidateCommand.class, TemplatePlanCommand.class, TemplateApplyCommand.class})
final class TemplateCommand extends CommandGroup {}
