package io.github.iconikopentext.examples.snippets;

import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditLogVerification;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.jdbc.JdbcAuditSink;
import io.github.iconikopentext.jdbc.JdbcAuditVerifier;
import io.github.iconikopentext.jdbc.JdbcReplayGuard;
import io.github.iconikopentext.jdbc.JdbcSchema;
import io.github.iconikopentext.jdbc.JdbcTransferStore;
import java.time.Duration;
import javax.sql.DataSource;

/** docs/scaling-out.md. */
final class ScalingOutSnippets {
  private ScalingOutSnippets() {}

  static IntegrationRuntime shared(Secret webhookSecret, IconikClient iconik, String hostName,
      CredentialsProvider auditKey, IntegrationTemplate template, Environment env) {
    DataSource dataSource = connectionPool();           // your pool (e.g. HikariCP) over the PostgreSQL JDBC driver
    JdbcSchema schema = JdbcSchema.of(dataSource);      // tables named iconik_*; JdbcSchema.of(ds, "media_") for others
    schema.migrate();                                   // at deployment, or on every start: idempotent

    // Webhook receivers: one guard per sender, shared by every receiver.
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.sharedSecretHeader("X-Iconik-Secret"))
        .secret(webhookSecret)
        .replayGuard(JdbcReplayGuard.builder(schema).scope("iconik").ttl(Duration.ofHours(24)).build())
        .build();

    // Transfer workers: a worker id unique to this process.
    AssetTransfer transfers = AssetTransfer.builder(iconik)
        .store(new JdbcTransferStore(schema))
        .worker(hostName + "-" + ProcessHandle.current().pid())
        .lease(Duration.ofMinutes(2))
        // ... targets, status, listener
        .build();

    // Audit: every node appends to one chain; checkpoints are signed with the key auditKey supplies.
    AuditSink audit = JdbcAuditSink.builder(schema, auditKey).build();
    AuditLogVerification check = JdbcAuditVerifier.builder(schema).key(auditKey).build().verify();

    // Or hand the stores to the whole integration at once.
    IntegrationRuntime runtime = IntegrationRuntime.builder(template, iconik)
        .transferStore(new JdbcTransferStore(schema))
        .replayGuard(JdbcReplayGuard.builder(schema).scope("iconik").build())
        .audit(AuditContext.builder(audit).environment(env).system(IconikEnvironment.AUDIT_SYSTEM).build())
        // ... OpenText client, targets, mapper
        .build();
    System.out.println(verifier + " " + transfers + " " + check);
    return runtime;
  }

  private static DataSource connectionPool() {
    throw new UnsupportedOperationException("a snippet: bring your own pool");
  }
}
