package io.github.iconikopentext.opentext.storage;

/**
 * The outcome of an upload: what CSS stored and what the SDK sent, measured while streaming.
 *
 * @param file the stored file as CSS reports it
 * @param bytesSent the number of bytes sent
 * @param sha256 the lower-case hex SHA-256 of the bytes sent
 */
public record UploadResult(StoredFile file, long bytesSent, String sha256) {}
