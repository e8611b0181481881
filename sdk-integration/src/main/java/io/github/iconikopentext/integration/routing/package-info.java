/**
 * Routing of iconik asset events to actions and notification targets.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.integration.routing;

import org.jspecify.annotations.NullMarked;
