package io.github.iconikopentext.examples.cli;

import picocli.CommandLine.Command;

/** {@code audit}: work with audit logs. */
@Command(name = "audit", description = "Verify audit logs.", subcommands = AuditVerifyCommand.class)
final class AuditCommand extends CommandGroup {}
