/**
 * Status for support: transfers, failed jobs and credential problems, classified by where the failure lies.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.integration.status;

import org.jspecify.annotations.NullMarked;
