package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.VerifiedWebhook;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Stripe-style: one header {@code t=<seconds>,v1=<hex>[,v1=<hex>…]}, HMAC-SHA256 over {@code t.body} keyed with the
 * secret's UTF-8 bytes as given ({@code whsec_} included). Unlike Stripe's own library, the tolerance applies to
 * future timestamps too. Stripe sends no message id, so the matching signature is the replay key.
 */
public final class StripeStyleScheme implements KeyedScheme {
  public static final String NAME = "Stripe-style";
  public static final String DEFAULT_HEADER = "Stripe-Signature";
  private static final String VERSION = "v1";
  private static final String FORMAT = "'t=<seconds>,v1=<hex>' with entries separated by commas";

  private final String header;
  private final List<HmacSha256> keys;

  public StripeStyleScheme(String header, List<Secret> secrets) {
    this.header = header;
    this.keys = Secrets.utf8Keys(secrets);
  }

  @Override
  public VerifiedWebhook verify(WebhookHeaders headers, byte[] body, TimestampPolicy timestamps) {
    String value = Failures.require(headers, header, NAME);
    Candidates candidates = new Candidates();
    String timestamp = parse(value, candidates);
    Instant signedAt = timestamps.check(header, timestamp);
    candidates.requireAny(header, VERSION, FORMAT);
    byte[] prefix = (timestamp + '.').getBytes(StandardCharsets.UTF_8);
    for (HmacSha256 key : keys) {
      byte[] expected = key.mac(prefix, body);
      if (candidates.matches(expected)) {
        return VerifiedWebhook.of(Hex.encode(expected), signedAt);
      }
    }
    throw Failures.noMatch(header, candidates.size(), keys.size());
  }

  @Override
  public Map<String, String> sign(String messageId, long epochSecond, byte[] body) {
    String timestamp = Long.toString(epochSecond);
    byte[] prefix = (timestamp + '.').getBytes(StandardCharsets.UTF_8);
    StringBuilder value = new StringBuilder("t=").append(timestamp);
    for (HmacSha256 key : keys) {
      value.append(',').append(VERSION).append('=').append(Hex.encode(key.mac(prefix, body)));
    }
    return Map.of(header, value.toString());
  }

  /** Collects the v1 signatures into {@code candidates} and returns the {@code t} value. */
  private String parse(String value, Candidates candidates) {
    String timestamp = null;
    for (String item : value.split(",")) {
      String entry = item.strip();
      int eq = entry.indexOf('=');
      if (eq < 0) {
        candidates.malformed();
        continue;
      }
      String key = entry.substring(0, eq);
      if (key.equals("t")) {
        if (timestamp != null) {
          throw Failures.malformed(header, "holds more than one t= timestamp");
        }
        timestamp = entry.substring(eq + 1);
      } else if (key.equals(VERSION)) {
        candidates.add(Hex.decode(entry, eq + 1, entry.length()));
      } else {
        candidates.unsupported();
      }
    }
    if (timestamp == null) {
      throw Failures.malformed(header, "holds no t= timestamp (expected " + FORMAT + ")");
    }
    return timestamp;
  }

  @Override
  public String toString() {
    return NAME + "(" + header + ")";
  }
}
