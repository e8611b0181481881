package io.github.iconikopentext.spring.boot;

import io.github.iconikopentext.core.audit.AuditContext;

/**
 * Extension point: a bean of this type changes the {@link AuditContext} the auto-configured
 * {@code IntegrationRuntime} audits with (built when exactly one {@code AuditSink} bean exists) — e.g. adds an
 * enricher that writes trace ids into every event, as the OpenTelemetry wiring does. Customizers run in their
 * {@code @Order}, once, on the thread that starts the application context.
 */
@FunctionalInterface
public interface AuditContextCustomizer {
  /** Changes {@code builder}, which already carries the sink and the environment. */
  void customize(AuditContext.Builder builder);
}
