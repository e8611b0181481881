package io.github.iconikopentext.examples.cli;

import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretReferenceCredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.IconikEnvironment;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --audit-log FILE [--audit-key-ref REF]}: where a command records its audit events — the tamper-evident
 * JSON lines log of docs/audit.md, continued when it exists, with checkpoints signed by the key REF names (the
 * {@code audit verify} defaults). A picocli mixin; without {@code --audit-log} nothing is audited.
 */
final class AuditLogOptions {
  /** The id of the checkpoint key, as {@code audit verify --key-id} expects by default. */
  static final String KEY_ID = "audit";
  static final String DEFAULT_KEY_REF = "env:AUDIT_HMAC_KEY";

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "Record audit events (docs/audit.md) in FILE, a hash-chained JSON lines log (continued if it exists).")
  Path file;

  @Option(names = "--audit-key-ref", paramLabel = "REF", defaultValue = DEFAULT_KEY_REF,
      description = "The checkpoint HMAC key of --audit-log (at least 32 bytes) by reference (default: ${DEFAULT-VALUE}).")
  String keyRef;

  /** Whether {@code --audit-log} was given. */
  boolean enabled() {
    return file != null;
  }

  /** Opens the log; close it when the command ends. */
  JsonLinesAuditSink open(Settings settings) {
    CredentialsProvider key = SecretReferenceCredentialsProvider.of(KEY_ID, SecretReference.parse(keyRef),
        SecretResolvers.builder().environment(settings.variables()).build());
    try {
      key.resolveCredential(); // fail before the command does anything, naming the reference
    } catch (SdkException e) {
      throw new UsageException("--audit-key-ref " + keyRef + ": " + e.getMessage());
    }
    return JsonLinesAuditSink.builder(file, key).build();
  }

  /** The events' context: the environment of the settings, iconik as the system, the iconik credential's id. */
  static AuditContext context(JsonLinesAuditSink sink, Settings settings, String environment) {
    return AuditContext.builder(sink).environment(environment).system(IconikEnvironment.AUDIT_SYSTEM)
        .credentials(settings.iconikCredentials()).build();
  }
}
