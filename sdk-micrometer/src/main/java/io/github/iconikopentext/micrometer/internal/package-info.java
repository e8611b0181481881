/** The listeners behind {@link io.github.iconikopentext.micrometer.SdkMeters}. Not part of the API. */
package io.github.iconikopentext.micrometer.internal;
