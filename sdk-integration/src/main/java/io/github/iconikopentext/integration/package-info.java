/** The integration module of the iconik–OpenText SDK. */
@NullMarked
package io.github.iconikopentext.integration;

import org.jspecify.annotations.NullMarked;
