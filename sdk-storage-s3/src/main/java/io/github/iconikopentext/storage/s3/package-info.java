/**
 * An S3 (and S3-compatible) transfer target on the AWS SDK for Java v2, found by {@code ServiceLoader}.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.storage.s3;

import org.jspecify.annotations.NullMarked;
