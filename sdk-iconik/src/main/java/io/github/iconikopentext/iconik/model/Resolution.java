package io.github.iconikopentext.iconik.model;

import org.jspecify.annotations.Nullable;

/**
 * The pixel size of a proxy or keyframe. Immutable.
 *
 * @param width the width in pixels
 * @param height the height in pixels
 */
public record Resolution(@Nullable Integer width, @Nullable Integer height) {}
