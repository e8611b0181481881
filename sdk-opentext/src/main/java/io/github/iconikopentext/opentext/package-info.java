/** The opentext module of the iconik–OpenText SDK. */
package io.github.iconikopentext.opentext;
