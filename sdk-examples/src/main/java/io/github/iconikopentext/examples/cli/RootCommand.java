package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.examples.demo.DemoCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** The CLI's top command: {@code iconik-opentext <subcommand>}. */
@Command(name = "iconik-opentext", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
    scope = ScopeType.INHERIT, // --help and --version on every subcommand
    description = "Operate and try the iconik ⇄ OpenText SDK. Exit codes: 0 ok, 1 verification or validation "
        + "failed, 2 usage or configuration error, 3 iconik or OpenText error, 4 audit log incomplete (a crashed "
        + "or running writer, not tampering).",
    subcommands = {InitCommand.class, DemoCommand.class, IconikCommand.class, OpenTextCommand.class, WebhookCommand.class, AuditCommand.class,
        TemplateCommand.class, MapCommand.class, TransferCommand.class, StatusCommand.class,
        CompletionCommand.class})
final class RootCommand extends CommandGroup {}
