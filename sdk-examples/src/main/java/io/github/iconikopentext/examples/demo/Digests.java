package io.github.iconikopentext.examples.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex digests of the demo file. */
final class Digests {
  private Digests() {}

  static String sha256(byte[] content) {
    return hex("SHA-256", content);
  }

  static String md5(byte[] content) {
    return hex("MD5", content);
  }

  private static String hex(String algorithm, byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JVM", e);
    }
  }
}
