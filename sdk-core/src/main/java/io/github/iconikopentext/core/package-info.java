/**
 * The SDK's vendor-neutral entry points: environments with named endpoints and settings.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.core;

import org.jspecify.annotations.NullMarked;
