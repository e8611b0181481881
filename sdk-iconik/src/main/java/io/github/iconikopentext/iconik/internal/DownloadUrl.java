package io.github.iconikopentext.iconik.internal;

/**
 * The body of a download-URL call. Not part of the API.
 *
 * @param url the signed URL of the file's content
 */
public record DownloadUrl(String url) {}
