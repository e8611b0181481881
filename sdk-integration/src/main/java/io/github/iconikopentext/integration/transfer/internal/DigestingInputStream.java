package io.github.iconikopentext.integration.transfer.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts the bytes read through it and computes their SHA-256 and MD5 on the way, so a file is verified end to end
 * without a second read. {@link #seed(InputStream)} folds in bytes already transferred before a resume. Not part of
 * the API; one reader at a time.
 */
public final class DigestingInputStream extends FilterInputStream {
  private final MessageDigest sha256;
  private final MessageDigest md5;
  private long count;

  public DigestingInputStream(InputStream in) {
    super(in);
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256/MD5 missing from this JVM", e);
    }
  }

  /** Digests {@code prefix} (the bytes a resumed transfer already wrote) as if they had been read first. */
  public void seed(InputStream prefix) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    int n;
    while ((n = prefix.read(buffer)) > 0) {
      update(buffer, 0, n);
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      update(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      update(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) {
    throw new UnsupportedOperationException("skipping would leave bytes out of the checksum");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void update(byte[] b, int off, int len) {
    sha256.update(b, off, len);
    md5.update(b, off, len);
    count += len;
  }

  public long count() {
    return count;
  }

  /** The SHA-256 so far, lower-case hex. Call once, at the end. */
  public String sha256Hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** The MD5 so far, lower-case hex. Call once, at the end. */
  public String md5Hex() {
    return HexFormat.of().formatHex(md5.digest());
  }
}
