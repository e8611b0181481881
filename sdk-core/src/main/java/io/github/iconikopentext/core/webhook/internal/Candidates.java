package io.github.iconikopentext.core.webhook.internal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoded signatures found in one signature header, plus a count of the entries that were skipped. Unsupported
 * versions are skipped silently (a sender may add {@code v1a} or {@code v2} next to {@code v1}); a header with
 * nothing usable is reported as malformed or as holding only unsupported versions.
 */
final class Candidates {
  private final List<byte[]> signatures = new ArrayList<>(2);
  private int unsupported;
  private int malformed;

  /** Adds a decoded signature; {@code null} (undecodable) counts as malformed. */
  void add(byte[] decoded) {
    if (decoded == null || decoded.length == 0) {
      malformed++;
    } else {
      signatures.add(decoded);
    }
  }

  void unsupported() {
    unsupported++;
  }

  void malformed() {
    malformed++;
  }

  int size() {
    return signatures.size();
  }

  /**
   * @param supported the version the verifier reads, e.g. {@code v1}
   * @param format the expected entry format, for the message
   */
  void requireAny(String header, String supported, String format) {
    if (!signatures.isEmpty()) {
      return;
    }
    if (unsupported > 0 && malformed == 0) {
      throw Failures.onlyUnsupported(header, supported);
    }
    throw Failures.malformed(header, "holds no readable " + supported + " signature (expected " + format + ")");
  }

  /** Whether any candidate equals {@code expected}; each comparison takes time independent of the content. */
  boolean matches(byte[] expected) {
    boolean match = false;
    for (byte[] candidate : signatures) {
      match |= MessageDigest.isEqual(expected, candidate);
    }
    return match;
  }
}
