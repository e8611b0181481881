/** Implementation of the starter; not API. */
package io.github.iconikopentext.spring.boot.internal;
