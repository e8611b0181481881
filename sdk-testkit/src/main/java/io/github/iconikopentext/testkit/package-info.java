/** The testkit module of the iconik–OpenText SDK. */
@NullMarked
package io.github.iconikopentext.testkit;

import org.jspecify.annotations.NullMarked;
