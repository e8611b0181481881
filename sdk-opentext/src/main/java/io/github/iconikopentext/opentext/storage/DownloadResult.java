package io.github.iconikopentext.opentext.storage;

/**
 * The outcome of {@link StorageService#downloadTo}: measured while streaming to the target file.
 *
 * @param bytesReceived the number of bytes written
 * @param sha256 the lower-case hex SHA-256 of those bytes
 */
public record DownloadResult(long bytesReceived, String sha256) {}
