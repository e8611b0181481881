/**
 * OpenTelemetry traces for the SDK: create {@link io.github.iconikopentext.opentelemetry.SdkTracing} from an
 * {@code OpenTelemetry} and register its hooks. docs/observability.md lists the spans and their attributes.
 */
@NullMarked
package io.github.iconikopentext.opentelemetry;

import org.jspecify.annotations.NullMarked;
