package io.github.iconikopentext.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.Secret;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random bodies, ids and timestamps: what the signer signs, the verifier accepts; and a change of any single
 * byte of the body, or of any single character of a signed id or timestamp, is rejected.
 */
class SignatureRoundTripPropertyTest {
  private static final int ITERATIONS = 400;
  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
  private static final String PRINTABLE = "0123456789 abcdefXYZ-+.,:=_";

  private final Random random = new Random(20240607L);

  @Test
  void standardWebhooks() {
    Secret secret = WebhookSigner.newStandardWebhooksSecret();
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] body = randomBody();
      String id = "msg_" + randomId();
      long timestamp = randomTimestamp();
      WebhookVerifier verifier = verifierAt(WebhookScheme.standardWebhooks(), secret, timestamp);
      Map<String, String> headers = signer(WebhookScheme.standardWebhooks(), secret).sign(id,
          Instant.ofEpochSecond(timestamp), body);

      assertThat(verifier.verify(headers, body).messageId()).contains(id);
      assertRejected(verifier, headers, mutateByte(body), "body");
      assertRejected(verifier, with(headers, "webhook-id", mutateChar(id)), body, "id");
      assertRejected(verifier, with(headers, "webhook-timestamp", mutateChar(Long.toString(timestamp))), body,
          "timestamp");
    }
  }

  @Test
  void stripeStyle() {
    Secret secret = Secret.of("whsec_" + randomId());
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] body = randomBody();
      long timestamp = randomTimestamp();
      WebhookVerifier verifier = verifierAt(WebhookScheme.stripe(), secret, timestamp);
      Map<String, String> headers = signer(WebhookScheme.stripe(), secret).sign("unused",
          Instant.ofEpochSecond(timestamp), body);
      String value = headers.get("Stripe-Signature");
      String t = Long.toString(timestamp);

      assertThat(verifier.verify(headers, body).timestamp()).contains(Instant.ofEpochSecond(timestamp));
      assertRejected(verifier, headers, mutateByte(body), "body");
      assertRejected(verifier, with(headers, "Stripe-Signature", value.replace("t=" + t, "t=" + mutateChar(t))),
          body, "timestamp");
    }
  }

  @Test
  void githubStyle() {
    Secret secret = Secret.of(randomId());
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] body = randomBody();
      WebhookVerifier verifier = verifierAt(WebhookScheme.github(), secret, 0);
      Map<String, String> headers = signer(WebhookScheme.github(), secret).sign(randomId(), Instant.EPOCH, body);

      assertThat(verifier.verify(headers, body)).isNotNull();
      assertRejected(verifier, headers, mutateByte(body), "body");
    }
  }

  private static WebhookVerifier verifierAt(WebhookScheme scheme, Secret secret, long timestamp) {
    // The receiver's clock anywhere within the tolerance of the signing time.
    long skew = new Random(timestamp).nextInt(601) - 300;
    return WebhookVerifier.builder(scheme).secret(secret).replayGuard(ReplayGuard.none())
        .clock(Clock.fixed(Instant.ofEpochSecond(timestamp + skew), ZoneOffset.UTC)).build();
  }

  private static WebhookSigner signer(WebhookScheme scheme, Secret secret) {
    return WebhookSigner.builder(scheme).secret(secret).build();
  }

  private static void assertRejected(WebhookVerifier verifier, Map<String, String> headers, byte[] body,
      String changed) {
    assertThatThrownBy(() -> verifier.verify(headers, body))
        .as("a single changed byte of the %s must be rejected", changed)
        .isInstanceOf(WebhookVerificationException.class);
  }

  private static Map<String, String> with(Map<String, String> headers, String name, String value) {
    Map<String, String> copy = new HashMap<>(headers);
    copy.put(name, value);
    return copy;
  }

  private byte[] randomBody() {
    byte[] body = new byte[1 + random.nextInt(random.nextBoolean() ? 64 : 4096)];
    random.nextBytes(body);
    return body;
  }

  private String randomId() {
    StringBuilder id = new StringBuilder();
    int length = 1 + random.nextInt(32);
    for (int i = 0; i < length; i++) {
      id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return id.toString();
  }

  private long randomTimestamp() {
    return 1_000_000_000L + (long) (random.nextDouble() * 3_000_000_000L);
  }

  private byte[] mutateByte(byte[] body) {
    byte[] copy = body.clone();
    int at = random.nextInt(copy.length);
    copy[at] ^= (byte) (1 + random.nextInt(255));
    return copy;
  }

  private String mutateChar(String text) {
    int at = random.nextInt(text.length());
    char replacement;
    do {
      replacement = PRINTABLE.charAt(random.nextInt(PRINTABLE.length()));
    } while (replacement == text.charAt(at));
    return text.substring(0, at) + replacement + text.substring(at + 1);
  }
}
