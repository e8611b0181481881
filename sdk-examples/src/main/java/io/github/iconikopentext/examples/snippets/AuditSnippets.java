package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditAnchor;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditLogVerifier;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.JsonLinesAuditSink;
import io.github.iconikopentext.core.audit.Slf4jAuditSink;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretReferenceCredentialsProvider;
import io.github.iconikopentext.core.http.HttpStack;
import java.nio.file.Path;
import okhttp3.Interceptor;

/** docs/audit.md (the audited service method is {@link AuditedAssetsApi}). */
final class AuditSnippets {
  private AuditSnippets() {}

  static HttpStack sinkAndVerifier(Environment env, Interceptor iconikAuth, CredentialsProvider iconikCredentials) {
    // The checkpoint key: its id is written into checkpoints, its secret (≥ 32 bytes) is the HMAC key.
    CredentialsProvider auditKey = SecretReferenceCredentialsProvider.of("audit-2024", "env:AUDIT_HMAC_KEY");
    AuditSink sink = AuditSink.composite(
        JsonLinesAuditSink.builder(Path.of("/var/log/media/audit.jsonl"), auditKey).build(),
        Slf4jAuditSink.builder().format(Slf4jAuditSink.Format.OCSF).build());

    HttpStack stack = HttpStack.builder("iconik", IconikEnvironment.baseUrl(env))
        .addInterceptor(iconikAuth)
        .audit(AuditContext.builder(sink).environment(env).system(IconikEnvironment.AUDIT_SYSTEM).credentials(iconikCredentials).build())
        .build();
    // ... at shutdown
    sink.close();

    AuditLogVerification v = AuditLogVerifier.builder().key(auditKey).build().verify(Path.of("/var/log/media/audit.jsonl"));
    v.problem().ifPresent(p -> System.out.println(p.kind() + " at line " + p.line() + ": " + p.message()));
    return stack;
  }

  static AuditLogVerification anchors(CredentialsProvider auditKey, String keptAnchor) {
    // Anchors leave the host with the events; keep the latest one and verify against it later.
    Slf4jAuditSink events = Slf4jAuditSink.builder().build();
    JsonLinesAuditSink log = JsonLinesAuditSink.builder(Path.of("/var/log/media/audit.jsonl"), auditKey)
        .anchorPublisher(events)
        .build();
    // ... later, with the latest anchor read back from the SIEM, e.g. "1216:9f86d0…":
    AuditLogVerification checked = AuditLogVerifier.builder().key(auditKey).anchor(AuditAnchor.parse(keptAnchor))
        .build().verify(Path.of("/var/log/media/audit.jsonl"));
    log.close();
    return checked;
  }
}
