/** Content Storage Service: streaming uploads and downloads of file bytes. */
@NullMarked
package io.github.iconikopentext.opentext.storage;

import org.jspecify.annotations.NullMarked;
