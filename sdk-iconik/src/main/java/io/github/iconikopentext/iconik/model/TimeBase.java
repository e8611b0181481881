package io.github.iconikopentext.iconik.model;

/**
 * The frame duration of a time code as a fraction of a second, e.g. 1001/30000 for 29.97 fps. Immutable.
 *
 * @param numerator the numerator
 * @param denominator the denominator
 */
public record TimeBase(Integer numerator, Integer denominator) {}
