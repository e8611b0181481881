package io.github.iconikopentext.core.webhook;

import static io.github.iconikopentext.core.webhook.JcaHmac.utf8;
import static io.github.iconikopentext.core.webhook.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared-secret header scheme iconik deliveries are authenticated with. */
class SharedSecretHeaderVerifierTest {
  static final Secret CURRENT = Secret.of("s3cr3t-current-value");
  static final Secret PREVIOUS = Secret.of("s3cr3t-previous-value");
  static final byte[] BODY = utf8("{\"event_type\":\"assets\"}");

  private static WebhookVerifier verifier() {
    return WebhookVerifier.builder(WebhookScheme.sharedSecretHeader("X-Iconik-Secret"))
        .secrets(List.of(CURRENT, PREVIOUS)).build();
  }

  @Test
  void eitherActiveSecretIsAccepted() {
    assertThat(verifier().verify(Map.of("X-Iconik-Secret", CURRENT.reveal()), BODY).messageId()).isEmpty();
    assertThat(verifier().verify(Map.of("x-iconik-secret", PREVIOUS.reveal()), BODY).messageId()).isEmpty();
  }

  @Test
  void sameRequestTwiceIsNotAReplayAtThisLevel() {
    // Nothing identifies an iconik delivery in its headers; de-duplication happens on request_id in the body.
    WebhookVerifier verifier = verifier();
    verifier.verify(Map.of("X-Iconik-Secret", CURRENT.reveal()), BODY);

    assertThat(verifier.verify(Map.of("X-Iconik-Secret", CURRENT.reveal()), BODY)).isNotNull();
  }

  @Test
  void wrongOrPartialSecretIsRejectedWithoutEchoingIt() {
    for (String presented : List.of("wrong", "s3cr3t-current-valu", "s3cr3t-current-value ", "")) {
      Reason expected = presented.isEmpty() ? Reason.MISSING_HEADER : Reason.NO_MATCHING_SIGNATURE;
      WebhookVerificationException e =
          assertRejected(() -> verifier().verify(Map.of("X-Iconik-Secret", presented), BODY), expected);
      assertThat(e.getMessage()).contains("X-Iconik-Secret");
      assertThat(CURRENT.isContainedIn(e.getMessage())).isFalse();
      if (!presented.isEmpty()) {
        assertThat(e.getMessage()).doesNotContain(presented);
      }
    }
  }

  @Test
  void missingHeaderIsRejected() {
    assertRejected(() -> verifier().verify(Map.of(), BODY), Reason.MISSING_HEADER);
  }

  @Test
  void signerAddsTheFirstSecretAndMasksItWhenPrinted() {
    WebhookSigner signer = WebhookSigner.builder(WebhookScheme.sharedSecretHeader("X-Iconik-Secret"))
        .secrets(List.of(CURRENT, PREVIOUS)).build();

    Map<String, String> headers = signer.sign("ignored", Instant.EPOCH, BODY);

    assertThat(headers).containsExactly(Map.entry("X-Iconik-Secret", CURRENT.reveal()));
    assertThat(CURRENT.isContainedIn(headers.toString())).isFalse();
    assertThat(verifier().verify(headers, BODY)).isNotNull();
  }
}
