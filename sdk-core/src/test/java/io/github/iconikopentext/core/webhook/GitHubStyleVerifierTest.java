package io.github.iconikopentext.core.webhook;

import static io.github.iconikopentext.core.webhook.JcaHmac.hexHmacSha256;
import static io.github.iconikopentext.core.webhook.JcaHmac.utf8;
import static io.github.iconikopentext.core.webhook.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GitHub-style {@code sha256=<hex>} signatures, against vectors computed with JCA in the test. */
class GitHubStyleVerifierTest {
  static final String SECRET_TEXT = "It's a Secret to Everybody";
  static final Secret SECRET = Secret.of(SECRET_TEXT);
  static final byte[] BODY = utf8("Hello, World!");
  static final String DELIVERY = "72d3162e-cc78-11e3-81ab-4c9367dc0958";
  static final String SIGNATURE = "sha256=" + hexHmacSha256(SECRET_TEXT, BODY);

  private static WebhookVerifier verifier() {
    return WebhookVerifier.builder(WebhookScheme.github()).secret(SECRET).build();
  }

  private static Map<String, String> headers(String signature, String delivery) {
    return Map.of("X-Hub-Signature-256", signature, "X-GitHub-Delivery", delivery);
  }

  @Test
  void githubsDocumentedExampleVerifies() {
    // The example in GitHub's "Validating webhook deliveries" guide, recomputed here with JCA.
    assertThat(SIGNATURE)
        .isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");

    assertThat(verifier().verify(headers(SIGNATURE, DELIVERY), BODY).messageId())
        .contains(SIGNATURE.substring("sha256=".length()));
  }

  @Test
  void signerProducesTheIndependentVector() {
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.github()).secret(SECRET).build();

    assertThat(signer.sign(DELIVERY, java.time.Instant.EPOCH, BODY))
        .containsExactly(Map.entry("X-Hub-Signature-256", SIGNATURE), Map.entry("X-GitHub-Delivery", DELIVERY));
  }

  @Test
  void redeliveryWithTheSameDeliveryIdIsRejected() {
    WebhookVerifier verifier = verifier();
    verifier.verify(headers(SIGNATURE, DELIVERY), BODY);

    assertRejected(() -> verifier.verify(headers(SIGNATURE, DELIVERY), BODY), Reason.REPLAYED);
  }

  @Test
  void aCapturedDeliveryResentUnderANewDeliveryId_isAReplay() {
    // The delivery id is not signed: an attacker who captured one delivery can send it again under any id.
    WebhookVerifier verifier = verifier();
    verifier.verify(headers(SIGNATURE, DELIVERY), BODY);

    assertRejected(() -> verifier.verify(headers(SIGNATURE, "a-fresh-delivery-id"), BODY), Reason.REPLAYED);
  }

  @Test
  void aCustomDeliveryHeader_isRequiredButNotTheReplayKey() {
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.githubStyle("X-Sig", "X-Delivery"))
        .secret(SECRET).build();
    assertRejected(() -> verifier.verify(Map.of("X-Sig", SIGNATURE), BODY), Reason.MISSING_HEADER);

    verifier.verify(Map.of("X-Sig", SIGNATURE, "X-Delivery", "d1"), BODY);

    assertRejected(() -> verifier.verify(Map.of("X-Sig", SIGNATURE, "X-Delivery", "d2"), BODY), Reason.REPLAYED);
  }

  @Test
  void upperCaseHexVerifies_andIsTheSameReplayKeyAsLowerCase() {
    WebhookVerifier verifier = verifier();
    String upper = "sha256=" + SIGNATURE.substring("sha256=".length()).toUpperCase(java.util.Locale.ROOT);

    verifier.verify(headers(upper, DELIVERY), BODY);

    assertRejected(() -> verifier.verify(headers(SIGNATURE, "other"), BODY), Reason.REPLAYED);
  }

  @ParameterizedTest
  @ValueSource(chars = {'\uff10', '\u0660', '\u0966'}) // the zeros of full-width, Arabic-Indic and Devanagari digits
  void nonAsciiDigitsThatCharacterDigitReadsAsTheRightValue_areMalformed(char zero) {
    String hex = SIGNATURE.substring("sha256=".length());
    StringBuilder lookalike = new StringBuilder();
    for (char c : hex.toCharArray()) {
      lookalike.append(c >= '0' && c <= '9' ? (char) (zero + (c - '0')) : c);
    }
    String forged = "sha256=" + lookalike;
    assertThat(Character.digit((char) (zero + 7), 16)).as("Character.digit reads the look-alike as 7").isEqualTo(7);

    assertRejected(() -> verifier().verify(headers(forged, DELIVERY), BODY), Reason.MALFORMED_HEADER);
  }

  @Test
  void deliveryIdIsRequiredForGitHubItself() {
    assertRejected(() -> verifier().verify(Map.of("X-Hub-Signature-256", SIGNATURE), BODY), Reason.MISSING_HEADER);
  }

  @Test
  void githubStyleWithoutDeliveryHeaderUsesTheSignatureAsReplayKey() {
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.githubStyle("X-Signature")).secret(SECRET).build();

    VerifiedWebhook verified = verifier.verify(Map.of("x-signature", SIGNATURE), BODY);

    assertThat(verified.messageId()).contains(SIGNATURE.substring("sha256=".length()));
    assertRejected(() -> verifier.verify(Map.of("X-SIGNATURE", SIGNATURE), BODY), Reason.REPLAYED);
  }

  @Test
  void sha1SignatureAloneIsNotEnough() {
    assertRejected(() -> verifier().verify(headers("sha1=" + "ab".repeat(20), DELIVERY), BODY),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void wrongSecretIsRejected() {
    String forged = "sha256=" + hexHmacSha256("guessed", BODY);

    assertRejected(() -> verifier().verify(headers(forged, DELIVERY), BODY), Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  void rotationAcceptsEitherSecret() {
    WebhookVerifier verifier = WebhookVerifier.builder(WebhookScheme.github())
        .secrets(List.of(Secret.of("new secret"), SECRET)).build();

    assertThat(verifier.verify(headers(SIGNATURE, "d1"), BODY)).isNotNull();
    assertThat(verifier.verify(headers("sha256=" + hexHmacSha256("new secret", BODY), "d2"), BODY)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", "sha256=",
      "sha256=xyz", "sha256"})
  void malformedSignatureIsRejected(String value) {
    assertRejected(() -> verifier().verify(headers(value, DELIVERY), BODY), Reason.MALFORMED_HEADER);
  }

  @Test
  void headerNamesInAnyCase() {
    Map<String, String> lower = Map.of("x-hub-signature-256", SIGNATURE, "x-github-delivery", DELIVERY);

    assertThat(verifier().verify(lower, BODY).messageId()).isPresent();
  }
}
