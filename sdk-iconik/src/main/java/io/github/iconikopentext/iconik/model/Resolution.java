package io.github.iconikopentext.iconik.model;

/**
 * The pixel size of a proxy or keyframe. Immutable.
 *
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record Resolution(Integer width, Integer height) {}
