/**
 * Credentials and where their secrets come from (environment, files, secret stores), without secrets in code or logs.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.core.credentials;

import org.jspecify.annotations.NullMarked;
