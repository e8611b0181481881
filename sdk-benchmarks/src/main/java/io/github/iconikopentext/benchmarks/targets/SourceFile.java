package io.github.iconikopentext.benchmarks.targets;

import io.github.iconikopentext.integration.transfer.VerifiedContent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * The file both contenders of a target benchmark upload: pseudo-random MiB blocks, with the size and digests a
 * target's commit is given as verified.
 *
 * @param path where it is
 * @param verified its size, SHA-256 and MD5
 */
record SourceFile(Path path, VerifiedContent verified) {
  private static final int MIB = 1 << 20;

  /** Writes {@code mebibytes} MiB to {@code file}. */
  static SourceFile write(Path file, int mebibytes) throws IOException {
    MessageDigest sha;
    MessageDigest md5;
    try {
      sha = MessageDigest.getInstance("SHA-256");
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] block = new byte[MIB];
    Random random = new Random(19);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < mebibytes; i++) {
        random.nextBytes(block);
        sha.update(block);
        md5.update(block);
        out.write(block);
      }
    }
    return new SourceFile(file, new VerifiedContent((long) mebibytes * MIB, HexFormat.of().formatHex(sha.digest()),
        HexFormat.of().formatHex(md5.digest())));
  }
}
