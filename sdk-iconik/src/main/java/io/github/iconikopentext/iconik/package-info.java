/**
 * The iconik client: {@link io.github.iconikopentext.iconik.IconikClient} and its services. Models are in
 * {@link io.github.iconikopentext.iconik.model}; packages named {@code internal} are not API.
 */
@NullMarked
package io.github.iconikopentext.iconik;

import org.jspecify.annotations.NullMarked;
