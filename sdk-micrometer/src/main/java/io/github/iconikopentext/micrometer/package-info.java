/**
 * Micrometer meters for the SDK: bind {@link io.github.iconikopentext.micrometer.SdkMeters} to a
 * {@code MeterRegistry} and register its listeners on the SDK's hooks. docs/observability.md lists the meters.
 */
@NullMarked
package io.github.iconikopentext.micrometer;

import org.jspecify.annotations.NullMarked;
