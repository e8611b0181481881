package io.github.iconikopentext.spring.boot;

import io.github.iconikopentext.core.http.HttpOptions;

/**
 * Extension point: a bean of this type changes the {@link HttpOptions} every auto-configured client is built with,
 * after the {@code iconik-opentext.http.*} properties and the {@link io.github.iconikopentext.core.http.CallListener}
 * beans were applied — e.g. to decorate the call factory for tracing
 * ({@link HttpOptions.Builder#callFactory}) or to set a clock. Customizers run in their {@code @Order}.
 *
 * <p>A module such as sdk-micrometer or sdk-opentelemetry plugs in by contributing a {@code CallListener} bean or a
 * customizer bean; nothing else needs to change. Called once, on the thread that starts the application context.
 */
@FunctionalInterface
public interface HttpOptionsCustomizer {
  /** Changes {@code builder}, which already carries the configured options and listeners. */
  void customize(HttpOptions.Builder builder);
}
