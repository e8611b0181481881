/**
 * An SFTP transfer target on Apache MINA SSHD, found by {@code ServiceLoader}.
 *
 * <p>Parameters, return values and components are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.iconikopentext.storage.sftp;

import org.jspecify.annotations.NullMarked;
