package io.github.iconikopentext.core.webhook.internal;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.VerifiedWebhook;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub-style: {@code sha256=<hex>} of HMAC-SHA256 over the body, keyed with the secret's UTF-8 bytes. No timestamp,
 * so replay protection rests on the signature itself: the matching MAC is the replay key. A delivery id header, when
 * configured, must be present but is not signed, so it is never the replay key — a captured delivery sent again
 * under a new id is the same signed message.
 */
public final class GitHubStyleScheme implements KeyedScheme {
  public static final String NAME = "GitHub-style";
  public static final String DEFAULT_SIGNATURE_HEADER = "X-Hub-Signature-256";
  public static final String DEFAULT_DELIVERY_HEADER = "X-GitHub-Delivery";
  private static final String ALGORITHM = "sha256";

  private final String signatureHeader;
  private final String deliveryHeader;
  private final List<HmacSha256> keys;

  /** @param deliveryHeader a header that must be present (GitHub's unsigned delivery id), or {@code null} */
  public GitHubStyleScheme(String signatureHeader, String deliveryHeader, List<Secret> secrets) {
    this.signatureHeader = signatureHeader;
    this.deliveryHeader = deliveryHeader;
    this.keys = Secrets.utf8Keys(secrets);
  }

  @Override
  public VerifiedWebhook verify(WebhookHeaders headers, byte[] body, TimestampPolicy timestamps) {
    String value = Failures.require(headers, signatureHeader, NAME);
    if (deliveryHeader != null) {
      Failures.require(headers, deliveryHeader, NAME);
    }
    Candidates candidates = parse(value);
    for (HmacSha256 key : keys) {
      byte[] expected = key.mac(body);
      if (candidates.matches(expected)) {
        return VerifiedWebhook.of(Hex.encode(expected), null);
      }
    }
    throw Failures.noMatch(signatureHeader, candidates.size(), keys.size());
  }

  /** One signature, by the first secret: GitHub's receivers expect exactly one. */
  @Override
  public Map<String, String> sign(String messageId, long epochSecond, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(signatureHeader, ALGORITHM + "=" + Hex.encode(keys.get(0).mac(body)));
    if (deliveryHeader != null) {
      headers.put(deliveryHeader, messageId);
    }
    return Collections.unmodifiableMap(headers);
  }

  /** {@code sha256=<hex>} entries, separated by commas if there are several; other algorithms are skipped. */
  private Candidates parse(String value) {
    Candidates candidates = new Candidates();
    for (String item : value.split(",")) {
      String entry = item.strip();
      int eq = entry.indexOf('=');
      if (eq < 0) {
        candidates.malformed();
      } else if (entry.startsWith(ALGORITHM) && eq == ALGORITHM.length()) {
        candidates.add(Hex.decode(entry, eq + 1, entry.length()));
      } else {
        candidates.unsupported();
      }
    }
    candidates.requireAny(signatureHeader, ALGORITHM, "'sha256=<hex>'");
    return candidates;
  }

  @Override
  public String toString() {
    return NAME + "(" + signatureHeader + (deliveryHeader == null ? "" : ", " + deliveryHeader) + ")";
  }
}
