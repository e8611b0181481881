/**
 * The SDK's typed exceptions, all under {@code SdkException}, and the details of an error response.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.core.error;

import org.jspecify.annotations.NullMarked;
