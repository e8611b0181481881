package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.audit.AuditSystem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Event ids and default CloudEvents sources. Thread-safe. Not part of the API. */
public final class EventIds {
  private static final String HEX = "0123456789ABCDEF";

  private EventIds() {}

  /**
   * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids sort by time, which SIEM indexes
   * like; the random part comes from {@link ThreadLocalRandom} because uniqueness, not secrecy, is needed here and
   * {@link UUID#randomUUID()} would serialise every writer on one {@code SecureRandom}.
   */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long millis = System.currentTimeMillis();
    long msb = millis << 16 | 0x7000L | random.nextInt(1 << 12);
    long lsb = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  /** {@code urn:iconikopentext:<environment>[:<system>]}, the environment percent-encoded beyond unreserved chars. */
  public static URI defaultSource(String environment, AuditSystem system) {
    StringBuilder sb = new StringBuilder("urn:iconikopentext:");
    for (byte b : environment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
        sb.append(c);
      } else {
        sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
    if (system != null) {
      sb.append(':').append(system.jsonName());
    }
    return URI.create(sb.toString());
  }
}
