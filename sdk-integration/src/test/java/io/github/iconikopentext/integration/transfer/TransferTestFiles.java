package io.github.iconikopentext.integration.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;

/** Content and archive inspection shared by the transfer tests. */
final class TransferTestFiles {
  private TransferTestFiles() {}

  /** {@code size} pseudo-random bytes, the same for the same size. */
  static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** How many {@code .part} files a filesystem target rooted at {@code archive} holds. */
  static long partFiles(Path archive) throws IOException {
    Path partial = archive.resolve(".partial");
    if (!Files.exists(partial)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(partial)) {
      return files.count();
    }
  }
}
