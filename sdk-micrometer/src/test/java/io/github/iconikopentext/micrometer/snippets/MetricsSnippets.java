package io.github.iconikopentext.micrometer.snippets;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AsyncAuditSink;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.micrometer.SdkMeters;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.micrometer.core.instrument.MeterRegistry;

/** The snippets of docs/observability.md (Micrometer), compiled; {@code MetricsSnippetsTest} runs them. */
final class MetricsSnippets {
  private MetricsSnippets() {}

  /** The parts a metered application closes when it stops. */
  record Metered(IconikClient iconik, OpenTextTokenManager tokens, OpenTextClient openText, AsyncAuditSink audit,
      IntegrationRuntime runtime) {}

  static Metered metered(MeterRegistry registry, IntegrationTemplate template, Environment iconikEnv,
      CredentialsProvider iconikCredentials, Environment openTextEnv, CredentialsProvider openTextClient,
      AuditSink auditLog, SecretResolvers secrets) {
    SdkMeters meters = SdkMeters.bindTo(registry);

    // Client calls, retries and rate-limit waits: on the HTTP options of every client.
    HttpOptions options = HttpOptions.builder()
        .addCallListener(meters.callListener())
        .build();
    IconikClient iconik = IconikClient.builder(iconikEnv, iconikCredentials).httpOptions(options).build();

    // Token refreshes: on the token manager the OpenText client uses.
    OpenTextTokenManager tokens = OpenTextTokenManager.builder()
        .httpOptions(options)
        .refreshListener(meters.tokenRefreshListener())
        .build();
    OpenTextClient openText = OpenTextClient.builder(openTextEnv)
        .clientCredentials(openTextClient)
        .tokenManager(tokens)
        .httpOptions(options)
        .build();

    // The audit queue's depth: for each asynchronous sink.
    AsyncAuditSink audit = AsyncAuditSink.builder(auditLog).build();
    meters.monitor(audit, "audit-log");

    // Webhook verifications and transfers: on the runtime (or on an AssetTransfer of your own).
    IntegrationRuntime runtime = IntegrationRuntime.builder(template, iconik)
        .openText(openText)
        .secretResolvers(secrets)
        .audit(AuditContext.builder(audit).environment(iconikEnv).build())
        .addObserver(meters.integrationObserver())
        .build();
    return new Metered(iconik, tokens, openText, audit, runtime);
  }
}
