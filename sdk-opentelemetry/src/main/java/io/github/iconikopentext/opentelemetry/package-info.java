/**
 * OpenTelemetry traces for the SDK: create {@link io.github.iconikopentext.opentelemetry.SdkTracing} from an
 * {@code OpenTelemetry} and register its hooks. docs/observability.md lists the spans and their attributes.
 */
package io.github.iconikopentext.opentelemetry;
