/**
 * The SDK's Moshi configuration (java.time adapters, tolerant reading) for callers that decode payloads themselves.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.core.json;

import org.jspecify.annotations.NullMarked;
