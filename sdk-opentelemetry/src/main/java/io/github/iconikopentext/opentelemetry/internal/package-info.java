/** The listeners behind {@link io.github.iconikopentext.opentelemetry.SdkTracing}. Not part of the API. */
package io.github.iconikopentext.opentelemetry.internal;
