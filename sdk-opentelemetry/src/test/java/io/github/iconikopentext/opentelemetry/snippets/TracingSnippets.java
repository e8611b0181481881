package io.github.iconikopentext.opentelemetry.snippets;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.opentelemetry.SdkTracing;
import io.opentelemetry.api.OpenTelemetry;

/** The snippets of docs/observability.md (OpenTelemetry), compiled; {@code TracingSnippetsTest} runs them. */
final class TracingSnippets {
  private TracingSnippets() {}

  /** The parts a traced application closes when it stops. */
  record Traced(IconikClient iconik, IntegrationRuntime runtime) {}

  static Traced traced(OpenTelemetry openTelemetry, IntegrationTemplate template, Environment iconikEnv,
      CredentialsProvider iconikCredentials, AuditSink auditLog, SecretResolvers secrets) {
    SdkTracing tracing = SdkTracing.create(openTelemetry);   // e.g. GlobalOpenTelemetry.get()

    // A CLIENT span per call (HTTP semantic conventions), retries and rate-limit waits as its events.
    IconikClient iconik = IconikClient.builder(iconikEnv, iconikCredentials)
        .httpOptions(HttpOptions.builder().addCallListener(tracing.callListener()).build())
        .build();

    // One trace per webhook: receipt → routing → transfer → client calls, on the transfer threads too;
    // audit events carry trace_id and span_id.
    IntegrationRuntime runtime = IntegrationRuntime.builder(template, iconik)
        .secretResolvers(secrets)
        .audit(AuditContext.builder(auditLog).environment(iconikEnv).enricher(tracing.auditEnricher()).build())
        .addObserver(tracing.integrationObserver())
        .build();
    return new Traced(iconik, runtime);
  }
}
