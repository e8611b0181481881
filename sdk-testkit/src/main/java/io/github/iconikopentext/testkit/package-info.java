/** The testkit module of the iconik–OpenText SDK. */
package io.github.iconikopentext.testkit;
