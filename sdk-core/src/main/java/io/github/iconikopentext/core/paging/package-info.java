/**
 * Pages of list results and iteration over all of them.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.core.paging;

import org.jspecify.annotations.NullMarked;
