/**
 * Hooks for observability add-ons (sdk-micrometer, sdk-opentelemetry): {@link
 * io.github.iconikopentext.integration.observe.IntegrationObserver} sees each step of a running integration — a
 * webhook's receipt, its routing, a transfer — and carries the caller's context onto the SDK's own threads.
 */
@NullMarked
package io.github.iconikopentext.integration.observe;

import org.jspecify.annotations.NullMarked;
