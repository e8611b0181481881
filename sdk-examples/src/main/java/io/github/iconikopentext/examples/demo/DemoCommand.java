package io.github.iconikopentext.examples.demo;

import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretReferenceCredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.examples.cli.CliContext;
import io.github.iconikopentext.examples.cli.ConnectionOptions;
import io.github.iconikopentext.examples.cli.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo}: the end-to-end story, on embedded simulators unless an env file or profile names real services. */
@Command(name = "demo", description = {
    "Runs the SDK's story end to end and prints each step: credentials, template promotion, ingest, approval",
    "webhook, metadata mapping into CMS, transfer to CSS, replay rejection, status, audit log verification.",
    "Without --env-file or --profile it starts the iconik and OpenText simulators in-process (loopback only, no",
    "credentials). Exit 0 only if every step succeeded."})
public final class DemoCommand implements Callable<Integer> {
  /** The id of the checkpoint key, as {@code audit verify --key-id} expects by default. */
  static final String AUDIT_KEY_ID = "audit";
  static final String DEFAULT_AUDIT_KEY_REF = "env:AUDIT_HMAC_KEY";

  private final CliContext context;

  @Mixin
  ConnectionOptions connection;

  @Option(names = "--audit-log", paramLabel = "FILE",
      description = "Keep the audit log at FILE (default: a temporary file, whose path is printed).")
  Path auditLog;

  @Option(names = "--audit-key-ref", paramLabel = "REF",
      description = "The checkpoint HMAC key (at least 32 bytes) by reference (default: " + DEFAULT_AUDIT_KEY_REF
          + "; an ephemeral key when that is unset).")
  String auditKeyRef;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Settings settings = Settings.of(context, connection);
    SecretResolvers resolvers = SecretResolvers.builder().environment(settings.variables()).build();
    String keyRef = auditKeyRef != null ? auditKeyRef : DEFAULT_AUDIT_KEY_REF;
    boolean ephemeral = auditKeyRef == null && isUnset(settings.variables(), DEFAULT_AUDIT_KEY_REF);
    CredentialsProvider auditKey = ephemeral ? StaticCredentialsProvider.of(Credential.of(AUDIT_KEY_ID, randomKey()))
        : SecretReferenceCredentialsProvider.of(AUDIT_KEY_ID, SecretReference.parse(keyRef), resolvers);
    String keyNote = ephemeral ? "(ephemeral: " + DEFAULT_AUDIT_KEY_REF + " is unset)" : "(from " + keyRef + ")";

    DemoFiles files = DemoFiles.create(auditLog);
    Map<String, String> values = files.bundledValues().values();
    try (DemoWorld world = connection.configured() ? DemoWorld.configured(settings) : DemoWorld.simulated(values)) {
      context.out().println("iconik ⇄ OpenText SDK demo — " + (world.simulated()
          ? "embedded simulators on loopback, no credentials needed" : "services of the given settings"));
      return new DemoStory(context, world, files, auditKey, keyNote).run();
    }
  }

  private static boolean isUnset(Map<String, String> variables, String envReference) {
    String value = variables.get(envReference.substring("env:".length()));
    return value == null || value.isBlank();
  }

  private static Secret randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
  }
}
