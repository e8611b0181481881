package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.VerifiedWebhook;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standard Webhooks 1.0: HMAC-SHA256 over {@code id.timestamp.body}, key from a {@code whsec_} base64 secret,
 * signatures {@code v1,<base64>} separated by spaces.
 */
public final class StandardWebhooksScheme implements KeyedScheme {
  public static final String NAME = "Standard Webhooks";
  public static final String ID = "webhook-id";
  public static final String TIMESTAMP = "webhook-timestamp";
  public static final String SIGNATURE = "webhook-signature";
  private static final String VERSION = "v1";

  private final List<HmacSha256> keys;

  public StandardWebhooksScheme(List<Secret> secrets) {
    this.keys = Secrets.standardWebhooksKeys(secrets);
  }

  @Override
  public VerifiedWebhook verify(WebhookHeaders headers, byte[] body, TimestampPolicy timestamps) {
    String id = Failures.require(headers, ID, NAME);
    String timestamp = Failures.require(headers, TIMESTAMP, NAME);
    String signatureHeader = Failures.require(headers, SIGNATURE, NAME);
    Instant signedAt = timestamps.check(TIMESTAMP, timestamp);
    Candidates candidates = parse(signatureHeader);
    byte[] prefix = signedPrefix(id, timestamp);
    for (HmacSha256 key : keys) {
      if (candidates.matches(key.mac(prefix, body))) {
        return VerifiedWebhook.of(id, signedAt);
      }
    }
    throw Failures.noMatch(SIGNATURE, candidates.size(), keys.size());
  }

  @Override
  public Map<String, String> sign(String messageId, long epochSecond, byte[] body) {
    String timestamp = Long.toString(epochSecond);
    byte[] prefix = signedPrefix(messageId, timestamp);
    StringBuilder signatures = new StringBuilder();
    Base64.Encoder base64 = Base64.getEncoder();
    for (HmacSha256 key : keys) {
      if (signatures.length() > 0) {
        signatures.append(' ');
      }
      signatures.append(VERSION).append(',').append(base64.encodeToString(key.mac(prefix, body)));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(ID, messageId);
    headers.put(TIMESTAMP, timestamp);
    headers.put(SIGNATURE, signatures.toString());
    return Collections.unmodifiableMap(headers);
  }

  private static byte[] signedPrefix(String id, String timestamp) {
    return (id + '.' + timestamp + '.').getBytes(StandardCharsets.UTF_8);
  }

  /** Entries {@code version,signature} separated by spaces; entries of other versions are skipped. */
  private static Candidates parse(String header) {
    Candidates candidates = new Candidates();
    for (String entry : header.split(" ")) {
      if (entry.isEmpty()) {
        continue;
      }
      int comma = entry.indexOf(',');
      if (comma <= 0) {
        candidates.malformed();
      } else if (!entry.startsWith(VERSION) || comma != VERSION.length()) {
        candidates.unsupported();
      } else {
        candidates.add(decode(entry.substring(comma + 1)));
      }
    }
    candidates.requireAny(SIGNATURE, VERSION, "'v1,<base64>' entries separated by spaces");
    return candidates;
  }

  /**
   * Decodes strictly: the standard alphabet only (ASCII), padding optional, and — since Java's decoder ignores the
   * unused low bits of the last character, so that several texts decode to the same bytes — only the canonical text,
   * whose unused bits are zero. Checked on the last character, without re-encoding.
   */
  private static byte[] decode(String text) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '=') {
      end--;
    }
    int unusedBits = switch (end % 4) {
      case 2 -> 4;
      case 3 -> 2;
      default -> 0;
    };
    if (unusedBits > 0 && (sextet(text.charAt(end - 1)) & ((1 << unusedBits) - 1)) != 0) {
      return null;
    }
    return decoded;
  }

  /** The value of a character of the standard base64 alphabet (the decoder has already refused any other). */
  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '+' ? 62 : 63;
  }

  @Override
  public String toString() {
    return NAME;
  }
}
