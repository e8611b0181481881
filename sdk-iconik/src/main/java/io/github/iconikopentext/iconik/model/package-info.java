/**
 * iconik's data as immutable values: records whose components may be {@code null} (the live API omits or nulls
 * fields freely), lists and maps that are empty rather than {@code null}, and enums with an {@code UNKNOWN}
 * constant for values added after this SDK version. Inputs ({@code *Input}, {@code JobPatch}, …) send only the
 * fields that are set.
 */
@NullMarked
package io.github.iconikopentext.iconik.model;

import org.jspecify.annotations.NullMarked;
