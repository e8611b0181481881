package io.github.iconikopentext.core.audit.internal;

import io.github.iconikopentext.core.json.internal.CanonicalJsonWriter;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tamper-evident log format shared by the writer and the verifier (specified in {@code docs/audit.md}):
 *
 * <ul>
 *   <li>One record per line, each a canonical CloudEvent (see {@link CanonicalJsonWriter}) ending in LF.
 *   <li>Every record carries the extension attributes {@code sequence} (1, 2, 3, … as 16 zero-padded decimal
 *       digits, per the CloudEvents sequence extension) and {@code prevhash} (lower-case hex SHA-256 of the
 *       previous line's bytes without its LF; 64 zeros for the first record).
 *   <li>Checkpoints are records of type {@value #CHECKPOINT_TYPE} whose {@code data.signature} is the lower-case hex
 *       HMAC-SHA256, under the key named by {@code data.keyid}, of the checkpoint's own line with the signature
 *       value emptied ({@code "signature":""}).
 * </ul>
 *
 * Not part of the API.
 */
public final class ChainFormat {
  public static final String ZERO_HASH = "0".repeat(64);
  public static final String CHECKPOINT_TYPE = "io.github.iconikopentext.audit.checkpoint.v1";
  public static final String CHECKPOINT_SOURCE = "urn:iconikopentext:audit-log";
  public static final int SEQUENCE_DIGITS = 16;
  /** No record comes near this; a longer line is damage, and readers stop collecting it here. */
  public static final int MAX_LINE_BYTES = 1 << 20;
  /** The shortest HMAC key accepted: the hash's output length, as RFC 2104 recommends. */
  public static final int MIN_KEY_BYTES = 32;

  public static final String REASON_OPEN = "open";
  public static final String REASON_COUNT = "count";
  public static final String REASON_INTERVAL = "interval";
  public static final String REASON_MANUAL = "manual";
  public static final String REASON_CLOSE = "close";
  public static final String SESSION_CLOSED = "closed";
  public static final String SESSION_UNCLOSED = "unclosed";

  private static final byte[] SIGNATURE_MEMBER = "\"signature\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ChainFormat() {}

  /** {@code ,"prevhash":"…","sequence":"…"}: spliced into an event right after its {@code id}. */
  public static byte[] chainAttributes(String prevHash, long sequence) {
    StringBuilder sb = new StringBuilder(110)
        .append(",\"prevhash\":\"").append(prevHash)
        .append("\",\"sequence\":\"").append(formatSequence(sequence)).append('"');
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  public static String formatSequence(long sequence) {
    String digits = Long.toString(sequence);
    return digits.length() >= SEQUENCE_DIGITS ? digits : "0".repeat(SEQUENCE_DIGITS - digits.length()) + digits;
  }

  /** What a checkpoint says besides its signature. */
  public record CheckpointFields(long sequence, String prevHash, Instant time, String reason, long events,
      String keyId, String previousSession, long discardedBytes) {}

  /** A checkpoint line (without LF), signed with {@code mac}. */
  public static byte[] encodeCheckpoint(CheckpointFields c, Mac mac) {
    CanonicalJsonWriter w = new CanonicalJsonWriter(400);
    w.beginObject().name("data").beginObject();
    if (c.discardedBytes() > 0) {
      w.name("discarded_bytes").value(c.discardedBytes());
    }
    w.name("events").value(c.events());
    w.member("keyid", c.keyId());
    w.member("previous_session", c.previousSession());
    w.member("reason", c.reason());
    w.name("signature");
    int signatureAt = w.size() + 1; // just past the opening quote of the empty value
    w.value("");
    w.endObject();
    w.member("datacontenttype", AuditEvent.DATA_CONTENT_TYPE);
    w.member("id", EventIds.next());
    w.member("prevhash", c.prevHash());
    w.member("sequence", formatSequence(c.sequence()));
    w.member("source", CHECKPOINT_SOURCE);
    w.member("specversion", AuditEvent.SPEC_VERSION);
    w.member("time", DateTimeFormatter.ISO_INSTANT.format(c.time()));
    w.member("type", CHECKPOINT_TYPE);
    w.endObject();
    byte[] unsigned = w.toByteArray();
    byte[] signature = hex(mac.doFinal(unsigned)).getBytes(StandardCharsets.US_ASCII);
    byte[] line = new byte[unsigned.length + signature.length];
    System.arraycopy(unsigned, 0, line, 0, signatureAt);
    System.arraycopy(signature, 0, line, signatureAt, signature.length);
    System.arraycopy(unsigned, signatureAt, line, signatureAt + signature.length, unsigned.length - signatureAt);
    return line;
  }

  /**
   * The bytes a checkpoint's signature covers: its line with the signature value removed.
   *
   * @throws IllegalArgumentException if the line does not hold exactly one {@code "signature":"…"} member
   */
  public static byte[] signedBytes(byte[] line) {
    int at = indexOf(line, SIGNATURE_MEMBER, 0);
    if (at < 0 || indexOf(line, SIGNATURE_MEMBER, at + 1) >= 0) {
      throw new IllegalArgumentException("a checkpoint needs exactly one signature member");
    }
    int start = at + SIGNATURE_MEMBER.length;
    int end = start;
    while (end < line.length && line[end] != '"') {
      end++;
    }
    byte[] out = new byte[line.length - (end - start)];
    System.arraycopy(line, 0, out, 0, start);
    System.arraycopy(line, end, out, start, line.length - end);
    return out;
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256, which every Java platform must provide", e);
    }
  }

  /**
   * An HMAC-SHA256 over {@code key}; the caller clears its copy of the key.
   *
   * @throws AuditException if the key is shorter than {@value #MIN_KEY_BYTES} bytes (named by id, never shown)
   */
  public static Mac hmac(String keyId, byte[] key) {
    if (key.length < MIN_KEY_BYTES) {
      throw new AuditException("audit log key '" + keyId + "' is " + key.length
          + " bytes long; HMAC-SHA256 keys need at least " + MIN_KEY_BYTES);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM lacks HmacSHA256, which every Java platform must provide", e);
    }
  }

  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[bytes[i] >> 4 & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Whether {@code s} is 64 lower-case hex digits. */
  public static boolean isHash(String s) {
    if (s == null || s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
