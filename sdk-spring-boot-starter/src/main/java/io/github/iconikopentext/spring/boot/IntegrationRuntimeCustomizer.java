package io.github.iconikopentext.spring.boot;

import io.github.iconikopentext.integration.IntegrationRuntime;

/**
 * Extension point: a bean of this type changes the auto-configured {@link IntegrationRuntime} before it is built —
 * adds transfer targets or notifiers, sets an audit context, a shared transfer store or replay guard, a mapper or a
 * clock. Customizers run in their {@code @Order}, after the starter applied the properties and the
 * {@code AuditSink}, {@code TransferStore}, {@code ReplayGuard} and {@code TransferTarget} beans it found.
 *
 * <p>This is where instrumentation of transfers (e.g. sdk-opentelemetry's context carried through
 * {@code AssetTransfer}) attaches. Called once, on the thread that starts the application context.
 */
@FunctionalInterface
public interface IntegrationRuntimeCustomizer {
  /** Changes {@code builder}, which already carries the template, the clients and the configured collaborators. */
  void customize(IntegrationRuntime.Builder builder);
}
