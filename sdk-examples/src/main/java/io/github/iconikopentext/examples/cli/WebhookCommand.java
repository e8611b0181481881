package io.github.iconikopentext.examples.cli;

import picocli.CommandLine.Command;

/** {@code webhook}: verify and sign webhook requests by hand. */
@Command(name = "webhook", description = "Verify or sign webhook requests.",
    subcommands = {WebhookVerifyCommand.class, WebhookSignCommand.class})
final class WebhookCommand extends CommandGroup {}
