package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditLogVerification.Kind;
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
    "Prints 'ok: N records' and the last checkpoint's anchor (exit 0); 'incomplete: …' when everything verified but",
    "the log ends as a crashed or running writer leaves it: a torn last line or no closing checkpoint (exit 4);",
    "or names the first bad record and why (exit 1)."})
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

  @Option(names = "--anchor", paramLabel = "SEQ[:HASH]", description = {
      "What the log is known to have reached, kept off this host: a checkpoint's sequence and SHA-256 as the sink",
      "published it (or as a previous run printed it), or a sequence alone. A log cut back before it is TRUNCATED."})
  String anchor;

  @Option(names = "--allow-unknown-keys", description = {
      "Report a checkpoint under a key id other than --key-id, after verified ones, as UNVERIFIABLE instead of as a",
      "forgery (EDITED)."})
  boolean allowUnknownKeys;

  AuditVerifyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    AuditLogVerifier.Builder verifier = AuditLogVerifier.builder().expectClosed(!live)
        .allowUnknownKeys(allowUnknownKeys);
    if (anchor != null) {
      try {
        verifier.anchor(AuditAnchor.parse(anchor));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--anchor: " + e.getMessage());
      }
    }
    SecretResolvers resolvers = SecretResolvers.builder().environment(context.environment()).build();
    AuditLogVerification result = verifier
        .key(SecretReferenceCredentialsProvider.of(keyId, SecretReference.parse(keyRef), resolvers))
        .build()
        .verify(file);
    if (result.uncleanRestarts() > 0) {
      context.err().println("note: " + result.uncleanRestarts()
          + " unclean restart(s): a writer crashed or was killed (recorded in signed checkpoints, not tampering)");
    }
    result.lastCheckpoint().ifPresent(a -> context.err().println("last verified checkpoint: " + a
        + " (keep it off this host; pass it as --anchor next time)"));
    if (result.problem().isEmpty()) {
      context.out().println("ok: " + result.records() + " records");
      return ExitCodes.OK;
    }
    AuditLogVerification.Problem p = result.problem().get();
    if (p.kind() == Kind.TORN_LAST_LINE || p.kind() == Kind.UNCLOSED) {
      context.out().println("incomplete: " + p.kind() + " at line " + p.line() + " (sequence " + p.sequence()
          + "), no evidence of tampering: " + p.message());
      return ExitCodes.INCOMPLETE;
    }
    context.out().println("bad record at line " + p.line() + " (sequence " + p.sequence() + "): " + p.kind()
        + (result.indicatesTampering() ? " (tampering)" : "") + ": " + p.message());
    return ExitCodes.FAILED;
  }
}
