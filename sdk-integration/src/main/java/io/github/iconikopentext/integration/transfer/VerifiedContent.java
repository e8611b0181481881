package io.github.iconikopentext.integration.transfer;

/**
 * The end-to-end facts of the bytes a transfer wrote, computed while streaming.
 *
 * @param bytes how many bytes were written in all (including a resumed prefix)
 * @param sha256 their SHA-256, lower-case hex
 * @param md5 their MD5, lower-case hex (iconik file checksums are commonly MD5)
 */
public record VerifiedContent(long bytes, String sha256, String md5) {}
