/**
 * Reusable integration templates: parsing, validation, values and their model.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.integration.template;

import org.jspecify.annotations.NullMarked;
