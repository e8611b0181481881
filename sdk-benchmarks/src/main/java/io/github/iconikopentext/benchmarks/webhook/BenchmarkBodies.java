package io.github.iconikopentext.benchmarks.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/** Webhook bodies of an exact size: an iconik-like event whose description pads it out. Not thread-safe. */
final class BenchmarkBodies {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789";

  private BenchmarkBodies() {}

  /** ASCII JSON of exactly {@code size} bytes. */
  static byte[] json(int size, Random random) {
    String head = "{\"system_domain_id\":\"" + new UUID(random.nextLong(), random.nextLong())
        + "\",\"object_id\":\"" + new UUID(random.nextLong(), random.nextLong())
        + "\",\"realm\":\"entity\",\"operation\":\"update\",\"object_type\":\"assets\",\"data\":{\"description\":\"";
    String tail = "\"}}";
    int padding = size - head.length() - tail.length();
    if (padding < 0) {
      throw new IllegalArgumentException("a body needs at least " + (head.length() + tail.length()) + " bytes");
    }
    StringBuilder json = new StringBuilder(size).append(head);
    for (int i = 0; i < padding; i++) {
      json.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return json.append(tail).toString().getBytes(StandardCharsets.UTF_8);
  }
}
