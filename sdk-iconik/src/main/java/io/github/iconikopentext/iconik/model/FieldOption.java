package io.github.iconikopentext.iconik.model;

import org.jspecify.annotations.Nullable;

/**
 * One allowed value of a drop-down or tag field. Immutable.
 *
 * @param label the display label
 * @param value the stored value
 */
public record FieldOption(@Nullable String label, @Nullable String value) {}
