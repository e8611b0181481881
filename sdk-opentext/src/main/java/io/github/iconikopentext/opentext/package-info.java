/**
 * The OpenText Cloud Platform client: {@link io.github.iconikopentext.opentext.OpenTextClient} with typed access to
 * Developer Admin ({@code admin}), the Content Metadata Service ({@code cms}) and the Content Storage Service
 * ({@code storage}); OAuth token management lives in {@code auth}. Packages named {@code internal} are not API.
 */
@NullMarked
package io.github.iconikopentext.opentext;

import org.jspecify.annotations.NullMarked;
