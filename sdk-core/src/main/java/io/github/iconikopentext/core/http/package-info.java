/**
 * The HTTP stack shared by the clients: options, retry and rate-limit policy, and call listeners.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.core.http;

import org.jspecify.annotations.NullMarked;
