package io.github.iconikopentext.core.webhook;

import static io.github.iconikopentext.core.webhook.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Standard Webhooks golden vector and the negative cases the reference libraries test. */
class StandardWebhooksVerifierTest {
  // The golden vector embedded in every Standard Webhooks reference library.
  static final Secret SECRET = Secret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long TIMESTAMP = 1614265330;
  static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  private static Clock clockAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private static WebhookVerifier.Builder verifierBuilder(long now) {
    return WebhookVerifier.builder(WebhookScheme.standardWebhooks()).clock(clockAt(now));
  }

  private static WebhookVerifier verifier() {
    return verifierBuilder(TIMESTAMP).secret(SECRET).build();
  }

  private static Map<String, String> headers(String id, String timestamp, String signature) {
    Map<String, String> headers = new HashMap<>();
    headers.put("webhook-id", id);
    headers.put("webhook-timestamp", timestamp);
    headers.put("webhook-signature", signature);
    return headers;
  }

  private static Map<String, String> golden() {
    return headers(ID, Long.toString(TIMESTAMP), SIGNATURE);
  }

  @Test
  void goldenVectorVerifies() {
    VerifiedWebhook verified = verifier().verify(golden(), BODY);

    assertThat(verified.messageId()).contains(ID);
    assertThat(verified.timestamp()).contains(Instant.ofEpochSecond(TIMESTAMP));
  }

  @Test
  void signerReproducesTheGoldenVector() {
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(SECRET).build();

    Map<String, String> signed = signer.sign(ID, Instant.ofEpochSecond(TIMESTAMP), BODY);

    assertThat(signed).containsExactly(Map.entry("webhook-id", ID),
        Map.entry("webhook-timestamp", Long.toString(TIMESTAMP)), Map.entry("webhook-signature", SIGNATURE));
  }

  @Test
  void textBodyOverloadVerifiesTheSameBytes() {
    assertThat(verifier().verify(WebhookHeaders.of(golden()), "{\"test\": 2432232314}").messageId()).contains(ID);
  }

  @Test
  void reserialisedBodyIsRejectedWithAHintAboutRawBytes() {
    byte[] reserialised = "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8);

    WebhookVerificationException e =
        assertRejected(() -> verifier().verify(golden(), reserialised), Reason.NO_MATCHING_SIGNATURE);

    assertThat(e.getMessage()).contains("raw request body").doesNotContain("2432232314");
    assertThat(SECRET.isContainedIn(e.getMessage())).isFalse();
    assertThat(e.getMessage()).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  }

  @ParameterizedTest
  @ValueSource(strings = {"webhook-id", "webhook-timestamp", "webhook-signature"})
  void missingHeaderIsRejected(String header) {
    Map<String, String> headers = golden();
    headers.remove(header);

    WebhookVerificationException e = assertRejected(() -> verifier().verify(headers, BODY), Reason.MISSING_HEADER);

    assertThat(e.getMessage()).contains(header);
  }

  @Test
  void emptyHeaderCountsAsMissing() {
    assertRejected(() -> verifier().verify(headers("", Long.toString(TIMESTAMP), SIGNATURE), BODY),
        Reason.MISSING_HEADER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hello", "", " 1614265330", "1614265330.0", "-1614265330", "+1614265330",
      "16142653300000"})
  void nonNumericTimestampIsMalformed(String timestamp) {
    Reason expected = timestamp.isEmpty() ? Reason.MISSING_HEADER : Reason.MALFORMED_HEADER;
    assertRejected(() -> verifier().verify(headers(ID, timestamp, SIGNATURE), BODY), expected);
  }

  @Test
  void unknownVersionIsSkippedSoOnlyAV2SignatureMatchesNothing() {
    String v2 = SIGNATURE.replace("v1,", "v2,");

    assertRejected(() -> verifier().verify(headers(ID, Long.toString(TIMESTAMP), v2), BODY),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void unknownVersionsBesideAValidSignatureAreSkipped() {
    String header = "v1a,aGVsbG8= v2,abcd " + SIGNATURE;

    assertThat(verifier().verify(headers(ID, Long.toString(TIMESTAMP), header), BODY).messageId()).contains(ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_signature", "v1,", "v1,!!!not-base64!!!", "v1", ",", ",abc="})
  void malformedSignatureHeaderIsRejected(String signature) {
    assertRejected(() -> verifier().verify(headers(ID, Long.toString(TIMESTAMP), signature), BODY),
        Reason.MALFORMED_HEADER);
  }

  @Test
  void tamperedSignatureIsRejected() {
    String tampered = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=".replace("tmIK", "tmJK");

    assertRejected(() -> verifier().verify(headers(ID, Long.toString(TIMESTAMP), tampered), BODY),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void nonCanonicalBase64OfTheRightSignatureIsRejected() {
    // 'F' differs from 'E' only in bits the decoder discards: it decodes to the genuine signature bytes.
    String nonCanonical = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OF=";
    assertThat(Base64.getDecoder().decode(nonCanonical.substring(3)))
        .isEqualTo(Base64.getDecoder().decode(SIGNATURE.substring(3)));

    assertRejected(() -> verifier().verify(headers(ID, Long.toString(TIMESTAMP), nonCanonical), BODY),
        Reason.MALFORMED_HEADER);
  }

  @Test
  void unpaddedSignatureIsAccepted() {
    String unpadded = SIGNATURE.substring(0, SIGNATURE.length() - 1);

    assertThat(verifier().verify(headers(ID, Long.toString(TIMESTAMP), unpadded), BODY)).isNotNull();
  }

  @Test
  void tamperedIdIsRejected() {
    assertRejected(() -> verifier().verify(headers(ID + "x", Long.toString(TIMESTAMP), SIGNATURE), BODY),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void oneValidSignatureAmongSeveralIsEnough() {
    String header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/rILtHPT1bsoTCrWs= " + SIGNATURE
        + " v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    assertThat(verifier().verify(headers(ID, Long.toString(TIMESTAMP), header), BODY).messageId()).contains(ID);
  }

  @Test
  void severalInvalidSignaturesAreRejected() {
    String header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/rILtHPT1bsoTCrWs= v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    WebhookVerificationException e = assertRejected(
        () -> verifier().verify(headers(ID, Long.toString(TIMESTAMP), header), BODY), Reason.NO_MATCHING_SIGNATURE);

    assertThat(e.getMessage()).contains("2 signature(s)").doesNotContain("Ceo5qEr07");
  }

  @Test
  void toleranceEdgesInBothDirections() {
    long tolerance = WebhookVerifier.DEFAULT_TOLERANCE.toSeconds();

    // Exactly at the tolerance, in the past and in the future: accepted.
    assertThat(verifierBuilder(TIMESTAMP + tolerance).secret(SECRET).build().verify(golden(), BODY)).isNotNull();
    assertThat(verifierBuilder(TIMESTAMP - tolerance).secret(SECRET).build().verify(golden(), BODY)).isNotNull();
    // One second past it: rejected, with the direction as the reason.
    assertRejected(() -> verifierBuilder(TIMESTAMP + tolerance + 1).secret(SECRET).build().verify(golden(), BODY),
        Reason.TIMESTAMP_TOO_OLD);
    assertRejected(() -> verifierBuilder(TIMESTAMP - tolerance - 1).secret(SECRET).build().verify(golden(), BODY),
        Reason.TIMESTAMP_TOO_NEW);
  }

  @Test
  void customToleranceApplies() {
    WebhookVerifier verifier = verifierBuilder(TIMESTAMP + 31).tolerance(Duration.ofSeconds(30)).secret(SECRET).build();

    WebhookVerificationException e = assertRejected(() -> verifier.verify(golden(), BODY), Reason.TIMESTAMP_TOO_OLD);

    assertThat(e.getMessage()).contains("31 s old").contains("tolerance is 30 s");
  }

  @Test
  void timestampIsCheckedEvenWhenTheSignatureIsValid() {
    // The golden signature is genuine; a stale timestamp alone must reject it (replay of an old capture).
    assertRejected(() -> verifierBuilder(TIMESTAMP + 3600).secret(SECRET).build().verify(golden(), BODY),
        Reason.TIMESTAMP_TOO_OLD);
  }

  @Test
  void replayedMessageIsRejected() {
    WebhookVerifier verifier = verifier();
    verifier.verify(golden(), BODY);

    WebhookVerificationException e = assertRejected(() -> verifier.verify(golden(), BODY), Reason.REPLAYED);

    assertThat(e.getMessage()).doesNotContain(SIGNATURE);
  }

  @Test
  void forgottenMessageIsAcceptedAgain() {
    WebhookVerifier verifier = verifier();
    VerifiedWebhook first = verifier.verify(golden(), BODY);

    verifier.replayGuard().forget(first.messageId().orElseThrow());

    assertThat(verifier.verify(golden(), BODY).messageId()).contains(ID);
  }

  @Test
  void forgedMessagesDoNotReachTheReplayGuard() {
    WebhookVerifier verifier = verifier();
    Map<String, String> forged = headers(ID, Long.toString(TIMESTAMP), "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    assertRejected(() -> verifier.verify(forged, BODY), Reason.NO_MATCHING_SIGNATURE);

    // Had the forgery been recorded, the genuine message with that id would now count as a replay.
    assertThat(verifier.verify(golden(), BODY).messageId()).contains(ID);
  }

  @Test
  void replayGuardNoneAcceptsRepeats() {
    WebhookVerifier verifier = verifierBuilder(TIMESTAMP).secret(SECRET).replayGuard(ReplayGuard.none()).build();

    verifier.verify(golden(), BODY);

    assertThat(verifier.verify(golden(), BODY).messageId()).contains(ID);
  }

  @Test
  void twoMebibyteBodyIsRejectedBeforeHashing() {
    byte[] large = new byte[2 * 1024 * 1024];
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(SECRET).build();
    Map<String, String> validForLarge = signer.sign(ID, Instant.ofEpochSecond(TIMESTAMP), large);

    // Correctly signed, yet rejected for size: the size check does not depend on the signature.
    WebhookVerificationException e =
        assertRejected(() -> verifier().verify(validForLarge, large), Reason.BODY_TOO_LARGE);
    assertThat(e.getMessage()).contains("2097152 bytes").contains("1048576");
    // Even without any header the size is what fails: it is checked before headers are read or anything hashed.
    assertRejected(() -> verifier().verify(Map.of(), large), Reason.BODY_TOO_LARGE);
  }

  @Test
  void bodyExactlyAtTheMaximumIsVerified() {
    byte[] body = new byte[64];
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(SECRET).build();
    WebhookVerifier verifier = verifierBuilder(TIMESTAMP).secret(SECRET).maxBodyBytes(64).build();

    assertThat(verifier.verify(signer.sign(ID, Instant.ofEpochSecond(TIMESTAMP), body), body)).isNotNull();
    assertRejected(() -> verifier.verify(golden(), new byte[65]), Reason.BODY_TOO_LARGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"webhook-id", "Webhook-Id", "WEBHOOK-ID", "wEbHoOk-iD"})
  void headerNamesMatchInAnyCase(String idName) {
    Map<String, String> headers = new TreeMap<>();
    headers.put(idName, ID);
    headers.put(idName.replace("id", "timestamp").replace("Id", "Timestamp").replace("ID", "TIMESTAMP")
        .replace("iD", "tImEsTaMp"), Long.toString(TIMESTAMP));
    headers.put("WEBHOOK-SIGNATURE", SIGNATURE);

    assertThat(verifier().verify(headers, BODY).messageId()).contains(ID);
  }

  @Test
  void multiValuedHeadersWork() {
    Map<String, List<String>> headers = Map.of("Webhook-id", List.of(ID),
        "Webhook-timestamp", List.of(Long.toString(TIMESTAMP)), "Webhook-signature", List.of(SIGNATURE));

    assertThat(verifier().verify(WebhookHeaders.ofMultiValued(headers), BODY).messageId()).contains(ID);
  }

  @Test
  void headerSentTwiceWithDifferentValuesIsMalformed() {
    Map<String, String> headers = golden();
    headers.put("Webhook-Id", "msg_other");

    assertRejected(() -> verifier().verify(headers, BODY), Reason.MALFORMED_HEADER);
  }

  @Test
  void multiValuedHeaderWithTwoDifferentValuesIsMalformed() {
    Map<String, List<String>> headers = Map.of("webhook-id", List.of(ID, "msg_other"),
        "webhook-timestamp", List.of(Long.toString(TIMESTAMP)), "webhook-signature", List.of(SIGNATURE));

    assertRejected(() -> verifier().verify(WebhookHeaders.ofMultiValued(headers), BODY), Reason.MALFORMED_HEADER);
  }

  @Test
  void readBodyStopsJustPastTheMaximum() throws Exception {
    WebhookVerifier verifier = verifierBuilder(TIMESTAMP).secret(SECRET).maxBodyBytes(1024).build();
    ByteArrayInputStream large = new ByteArrayInputStream(new byte[2 * 1024 * 1024]);

    assertRejected(() -> verifier.readBody(large), Reason.BODY_TOO_LARGE);
    assertThat(large.available()).isEqualTo(2 * 1024 * 1024 - 1025);
    assertThat(verifier.readBody(new ByteArrayInputStream(BODY))).isEqualTo(BODY);
  }

  @Test
  void rotationAcceptsOldAndNewSecret() {
    Secret newSecret = WebhookSigner.newStandardWebhooksSecret();
    WebhookVerifier verifier = verifierBuilder(TIMESTAMP).secrets(List.of(newSecret, SECRET))
        .replayGuard(ReplayGuard.none()).build();
    WebhookSigner newSigner = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(newSecret).build();

    assertThat(verifier.verify(golden(), BODY)).isNotNull();
    assertThat(verifier.verify(newSigner.sign(ID, Instant.ofEpochSecond(TIMESTAMP), BODY), BODY)).isNotNull();
  }

  @Test
  void signerWithTwoSecretsSatisfiesReceiversOfEither() {
    Secret newSecret = WebhookSigner.newStandardWebhooksSecret();
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks())
        .secrets(List.of(newSecret, SECRET)).build();

    Map<String, String> signed = signer.sign(ID, Instant.ofEpochSecond(TIMESTAMP), BODY);

    assertThat(signed.get("webhook-signature")).endsWith(" " + SIGNATURE);
    assertThat(verifier().verify(signed, BODY)).isNotNull();
    assertThat(verifierBuilder(TIMESTAMP).secret(newSecret).build().verify(signed, BODY)).isNotNull();
  }

  @Test
  void secretWithoutPrefixIsTheSameKey() {
    WebhookVerifier verifier = verifierBuilder(TIMESTAMP).secret(Secret.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).build();

    assertThat(verifier.verify(golden(), BODY).messageId()).contains(ID);
  }

  @Test
  void unpaddedBase64SecretIsAccepted() throws Exception {
    byte[] key = "twenty-five bytes of key!".getBytes(StandardCharsets.US_ASCII);
    String padded = Base64.getEncoder().encodeToString(key);
    assertThat(padded).endsWith("=");
    Secret unpadded = Secret.of("whsec_" + padded.replace("=", ""));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    String expected = "v1," + Base64.getEncoder().encodeToString(
        mac.doFinal((ID + "." + TIMESTAMP + ".{\"test\": 2432232314}").getBytes(StandardCharsets.UTF_8)));

    WebhookVerifier verifier = verifierBuilder(TIMESTAMP).secret(unpadded).build();

    assertThat(verifier.verify(headers(ID, Long.toString(TIMESTAMP), expected), BODY)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"whsec_", "whsec_!!!!", "whsec_MfKQ9r8G KYqrTwjUPD8ILPZIo2LaLaSw", "not base64 at all",
      "whsec_===="})
  void unusableSecretIsRejectedAtConstruction(String value) {
    assertThatThrownBy(() -> verifierBuilder(TIMESTAMP).secret(Secret.of(value)).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("secret #1")
        .satisfies(e -> {
          String keyPart = value.substring(value.indexOf('_') + 1);
          if (!keyPart.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(keyPart);
          }
        });
  }

  @Test
  void secondSecretIsNamedByPosition() {
    assertThatThrownBy(() -> verifierBuilder(TIMESTAMP).secret(SECRET).secret(Secret.of("whsec_")).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("secret #2");
  }

  @Test
  void emptySecretCannotBeConfigured() {
    // An empty or blank secret cannot even be expressed as a Secret ...
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Secret.of("   ")).isInstanceOf(IllegalArgumentException.class);
    // ... and a verifier or signer without any secret is a configuration error.
    assertThatThrownBy(() -> verifierBuilder(TIMESTAMP).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("no secret");
    assertThatThrownBy(() -> WebhookSigner.builder(WebhookScheme.standardWebhooks()).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("no secret");
  }

  @Test
  void toStringsRevealNoSecret() {
    WebhookVerifier verifier = verifier();

    assertThat(SECRET.isContainedIn(verifier.toString())).isFalse();
    assertThat(verifier.toString()).contains("Standard Webhooks").contains("secrets=1");
  }

  @Test
  void signWithoutIdUsesARandomIdAndTheClock() {
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(SECRET)
        .clock(clockAt(TIMESTAMP)).build();

    Map<String, String> first = signer.sign(BODY);
    Map<String, String> second = signer.sign(BODY);

    assertThat(first.get("webhook-id")).startsWith("msg_").isNotEqualTo(second.get("webhook-id"));
    assertThat(first.get("webhook-timestamp")).isEqualTo(Long.toString(TIMESTAMP));
    assertThat(verifier().verify(first, BODY)).isNotNull();
  }

  @Test
  void signerRejectsIdsThatCannotTravelInAHeader() {
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.standardWebhooks()).secret(SECRET).build();

    assertThatThrownBy(() -> signer.sign("msg 1", Instant.ofEpochSecond(TIMESTAMP), BODY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign("msg\n1", Instant.ofEpochSecond(TIMESTAMP), BODY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newSecretsAreDistinctAndUsable() {
    Secret a = WebhookSigner.newStandardWebhooksSecret();
    Secret b = WebhookSigner.newStandardWebhooksSecret();

    assertThat(a).isNotEqualTo(b);
    assertThat(a.reveal()).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(a.reveal().substring(6))).hasSize(32);
  }
}
