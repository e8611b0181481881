/** The integration module of the iconik–OpenText SDK. */
package io.github.iconikopentext.integration;
