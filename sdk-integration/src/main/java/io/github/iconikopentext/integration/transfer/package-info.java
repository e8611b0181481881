/**
 * Traceable transfers of approved files from iconik to storage, archive or distribution targets.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.integration.transfer;

import org.jspecify.annotations.NullMarked;
