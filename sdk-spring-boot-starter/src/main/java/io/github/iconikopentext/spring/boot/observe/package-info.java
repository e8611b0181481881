/**
 * Auto-configuration of the SDK's Micrometer meters and OpenTelemetry spans, active when {@code sdk-micrometer} or
 * {@code sdk-opentelemetry} and the application's {@code MeterRegistry} or {@code OpenTelemetry} bean are present.
 */
package io.github.iconikopentext.spring.boot.observe;
