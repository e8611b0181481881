/**
 * Promotion of a validated integration configuration from one environment to another: plan, apply, report.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.integration.promotion;

import org.jspecify.annotations.NullMarked;
