package io.github.iconikopentext.iconik.model;

/**
 * One allowed value of a drop-down or tag field. Immutable.
 *
 * @param label the display label
 * @param value the stored value
 */
public record FieldOption(String label, String value) {}
