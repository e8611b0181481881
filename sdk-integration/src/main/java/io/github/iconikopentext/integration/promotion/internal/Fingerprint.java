package io.github.iconikopentext.integration.promotion.internal;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.integration.promotion.Resource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Digests for plans: of the live state, and of secret values (never shown). Not part of the API. */
public final class Fingerprint {
  private Fingerprint() {}

  /** SHA-256 over the live resources in address order: ids, attributes and secret digests. */
  public static String of(List<Resource> live) {
    MessageDigest sha = sha256();
    live.stream().sorted(Comparator.comparing(Resource::address)).forEach(r -> {
      update(sha, r.address());
      update(sha, String.valueOf(r.liveId()));
      r.attributes().forEach((k, v) -> {
        update(sha, k);
        update(sha, v);
      });
      update(sha, String.valueOf(r.secretDigest()));
    });
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A digest to compare secret values by; kept inside plans, never printed. */
  public static String secretDigest(Secret secret) {
    MessageDigest sha = sha256();
    update(sha, "iconik-opentext secret digest v1");
    sha.update(secret.utf8Bytes());
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) (bytes.length >>> 24));
    sha.update((byte) (bytes.length >>> 16));
    sha.update((byte) (bytes.length >>> 8));
    sha.update((byte) bytes.length);
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
