package io.github.iconikopentext.iconik.model;

import org.jspecify.annotations.Nullable;

/**
 * The frame duration of a time code as a fraction of a second, e.g. 1001/30000 for 29.97 fps. Immutable.
 *
 * @param numerator the numerator
 * @param denominator the denominator
 */
public record TimeBase(@Nullable Integer numerator, @Nullable Integer denominator) {}
