package io.github.iconikopentext.integration.transfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A verified position of a transfer: the first {@code offset} bytes reached the target and both digests, whose
 * states after them are kept here, so a later attempt can continue from {@code offset} without reading those bytes
 * again. Immutable: the states are copied whenever they are used. Not part of the API.
 */
public final class Checkpoint {
  private final long offset;
  private final MessageDigest md5;
  private final MessageDigest sha256;

  Checkpoint(long offset, MessageDigest md5, MessageDigest sha256) {
    this.offset = offset;
    this.md5 = md5;
    this.sha256 = sha256;
  }

  /** The start of a file: nothing digested yet. */
  public static Checkpoint start() {
    return new Checkpoint(0, newDigest("MD5"), newDigest("SHA-256"));
  }

  /** The digests of {@code prefix} (the bytes a target already holds), read to its end. */
  public static Checkpoint of(InputStream prefix) throws IOException {
    MessageDigest md5 = newDigest("MD5");
    MessageDigest sha256 = newDigest("SHA-256");
    byte[] buffer = new byte[256 * 1024];
    long offset = 0;
    for (int n; (n = prefix.read(buffer)) > 0; offset += n) {
      md5.update(buffer, 0, n);
      sha256.update(buffer, 0, n);
    }
    return new Checkpoint(offset, md5, sha256);
  }

  public long offset() {
    return offset;
  }

  MessageDigest md5() {
    return copy(md5);
  }

  MessageDigest sha256() {
    return copy(sha256);
  }

  static MessageDigest copy(MessageDigest digest) {
    try {
      return (MessageDigest) digest.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's " + digest.getAlgorithm() + " cannot be copied", e);
    }
  }

  private static MessageDigest newDigest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " missing from this JVM", e);
    }
  }
}
