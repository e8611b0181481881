package io.github.iconikopentext.core.webhook;

import static io.github.iconikopentext.core.webhook.JcaHmac.hexHmacSha256;
import static io.github.iconikopentext.core.webhook.JcaHmac.utf8;
import static io.github.iconikopentext.core.webhook.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stripe-style {@code t=…,v1=…} signatures, against vectors computed with JCA in the test. */
class StripeStyleVerifierTest {
  static final String SECRET_TEXT = "whsec_test_secret_for_stripe_style";
  static final Secret SECRET = Secret.of(SECRET_TEXT);
  static final long T = 1_700_000_000L;
  static final byte[] BODY = utf8("{\n  \"id\": \"evt_1\",\n  \"type\": \"payment_intent.succeeded\"\n}\n");
  // Independent vector: HMAC-SHA256 keyed with the secret text, prefix included, over "t.body".
  static final String V1 = hexHmacSha256(SECRET_TEXT, utf8(T + "."), BODY);

  private static WebhookVerifier verifierAt(long now) {
    return WebhookVerifier.builder(WebhookScheme.stripe()).secret(SECRET)
        .clock(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).build();
  }

  private static Map<String, String> header(String value) {
    return Map.of("Stripe-Signature", value);
  }

  @Test
  void independentlyComputedSignatureVerifies() {
    VerifiedWebhook verified = verifierAt(T).verify(header("t=" + T + ",v1=" + V1), BODY);

    assertThat(verified.timestamp()).contains(Instant.ofEpochSecond(T));
    assertThat(verified.messageId()).contains(V1);
  }

  @Test
  void signerProducesTheIndependentVector() {
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.stripe()).secret(SECRET).build();

    assertThat(signer.sign("ignored", Instant.ofEpochSecond(T), BODY))
        .containsExactly(Map.entry("Stripe-Signature", "t=" + T + ",v1=" + V1));
  }

  @Test
  void bodyWithLostNewlinesIsRejected() {
    byte[] readLineByLine = new String(BODY, java.nio.charset.StandardCharsets.UTF_8).replace("\n", "")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    WebhookVerificationException e = assertRejected(
        () -> verifierAt(T).verify(header("t=" + T + ",v1=" + V1), readLineByLine), Reason.NO_MATCHING_SIGNATURE);

    assertThat(e.getMessage()).contains("read line by line").doesNotContain(V1).doesNotContain("evt_1");
  }

  @Test
  void uppercaseHexAndSpacesAfterCommasAreAccepted() {
    assertThat(verifierAt(T).verify(header("t=" + T + ", v1=" + V1.toUpperCase()), BODY)).isNotNull();
  }

  @Test
  void fullWidthDigitsInTheHex_areMalformed() {
    StringBuilder lookalike = new StringBuilder();
    for (char c : V1.toCharArray()) {
      lookalike.append(c >= '0' && c <= '9' ? (char) ('\uff10' + (c - '0')) : c); // Character.digit reads them alike
    }

    assertRejected(() -> verifierAt(T).verify(header("t=" + T + ",v1=" + lookalike), BODY), Reason.MALFORMED_HEADER);
  }

  @Test
  void severalV1SignaturesAndOtherSchemesAreHandled() {
    String header = "t=" + T + ",v1=" + "00".repeat(32) + ",v0=" + "11".repeat(32) + ",v1=" + V1;

    assertThat(verifierAt(T).verify(header(header), BODY)).isNotNull();
  }

  @Test
  void onlyV0IsNoMatchingSignature() {
    assertRejected(() -> verifierAt(T).verify(header("t=" + T + ",v0=" + V1), BODY), Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void rotationAcceptsEitherSecret() {
    String newSecret = "whsec_the_new_one";
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.stripe())
        .secrets(List.of(Secret.of(newSecret), SECRET)).replayGuard(ReplayGuard.none())
        .clock(Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC)).build();
    String signedWithNew = hexHmacSha256(newSecret, utf8(T + "."), BODY);

    assertThat(verifier.verify(header("t=" + T + ",v1=" + V1), BODY)).isNotNull();
    assertThat(verifier.verify(header("t=" + T + ",v1=" + signedWithNew), BODY)).isNotNull();
  }

  @Test
  void toleranceIsCheckedOnBothSides() {
    String header = "t=" + T + ",v1=" + V1;

    assertThat(verifierAt(T + 300).verify(header(header), BODY)).isNotNull();
    assertThat(verifierAt(T - 300).verify(header(header), BODY)).isNotNull();
    assertRejected(() -> verifierAt(T + 301).verify(header(header), BODY), Reason.TIMESTAMP_TOO_OLD);
    // Stripe's own verifier lets this one through.
    assertRejected(() -> verifierAt(T - 301).verify(header(header), BODY), Reason.TIMESTAMP_TOO_NEW);
  }

  @Test
  void changedTimestampBreaksTheSignature() {
    assertRejected(() -> verifierAt(T).verify(header("t=" + (T + 1) + ",v1=" + V1), BODY),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1=abc", "t=1700000000", "t=1700000000,v1=zz", "t=1700000000,v1=",
      "t=abc,v1=00", "garbage", "t=1700000000,t=1700000000,v1=00"})
  void malformedHeaderIsRejected(String value) {
    assertRejected(() -> verifierAt(T).verify(header(value), BODY), Reason.MALFORMED_HEADER);
  }

  @Test
  void missingHeaderIsRejected() {
    assertRejected(() -> verifierAt(T).verify(Map.of("Content-Type", "application/json"), BODY),
        Reason.MISSING_HEADER);
  }

  @Test
  void replayOfTheSameSignedRequestIsRejected() {
    WebhookVerifier verifier = verifierAt(T);
    verifier.verify(header("t=" + T + ",v1=" + V1), BODY);

    assertRejected(() -> verifier.verify(header("t=" + T + ",v1=" + V1), BODY), Reason.REPLAYED);
  }

  @Test
  void customHeaderNameIsLookedUpInAnyCase() {
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.stripeStyle("X-Acme-Signature"))
        .secret(SECRET).clock(Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC)).build();

    assertThat(verifier.verify(Map.of("x-acme-signature", "t=" + T + ",v1=" + V1), BODY)).isNotNull();
  }
}
