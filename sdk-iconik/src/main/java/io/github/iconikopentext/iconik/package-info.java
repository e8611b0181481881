/** The iconik module of the iconik–OpenText SDK. */
package io.github.iconikopentext.iconik;
