package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditLogVerifier;
import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretReferenceCredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit verify}: checks a tamper-evident audit log written by {@code JsonLinesAuditSink}. */
@Command(name = "verify", description = {
    "Verifies an audit log's hash chain and signed checkpoints.",
    "Prints 'ok: N records' (exit 0), or names the first bad record and why (exit 1)."})
final class AuditVerifyCommand implements Callable<Integer> {
  /** The key id the demo signs checkpoints with, and the default here. */
  static final String DEFAULT_KEY_ID = "audit";
  /** Where the checkpoint key is read from by default. */
  static final String DEFAULT_KEY_REF = "env:AUDIT_HMAC_KEY";

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "FILE", description = "The audit log.")
  Path file;

  @Option(names = "--key-ref", paramLabel = "REF", defaultValue = DEFAULT_KEY_REF,
      description = "The checkpoint HMAC key by reference (default: ${DEFAULT-VALUE}).")
  String keyRef;

  @Option(names = "--key-id", paramLabel = "ID", defaultValue = DEFAULT_KEY_ID,
      description = "The id the checkpoints name the key by (default: ${DEFAULT-VALUE}).")
  String keyId;

  @Option(names = "--live", description = "The log is still being written: records after its last checkpoint are fine.")
  boolean live;

  AuditVerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SecretResolvers resolvers = SecretResolvers.builder().environment(context.environment()).build();
    AuditLogVerification result = AuditLogVerifier.builder()
        .key(SecretReferenceCredentialsProvider.of(keyId, SecretReference.parse(keyRef), resolvers))
        .expectClosed(!live)
        .build()
        .verify(file);
    if (result.uncleanRestarts() > 0) {
      context.err().println("note: " + result.uncleanRestarts()
          + " unclean restart(s): a writer crashed or was killed (recorded in signed checkpoints, not tampering)");
    }
    if (result.problem().isEmpty()) {
      context.out().println("ok: " + result.records() + " records");
      return ExitCodes.OK;
    }
    AuditLogVerification.Problem p = result.problem().get();
    context.out().println("bad record at line " + p.line() + " (sequence " + p.sequence() + "): " + p.kind()
        + (result.indicatesTampering() ? " (tampering)" : "") + ": " + p.message());
    return ExitCodes.FAILED;
  }
}
