package io.github.iconikopentext.opentext.storage;

import io.github.iconikopentext.core.json.Strict;
import org.jspecify.annotations.Nullable;

/**
 * A file held by the Content Storage Service, as CSS describes it ({@code {"id", "mimeType", "size",
 * "originalFileName"}}). Use {@link #id()} as the {@code blob_id} of a CMS rendition. Components the server omits
 * are {@code null}.
 *
 * @param id the CSS file id
 * @param mimeType the MIME type CSS recorded
 * @param size the size in bytes
 * @param originalFileName the file name CSS recorded
 */
public record StoredFile(
    @Strict @Nullable String id,
    @Nullable String mimeType,
    @Nullable Long size,
    @Nullable String originalFileName) {}
