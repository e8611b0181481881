package io.github.iconikopentext.iconik.webhook;

import static io.github.iconikopentext.iconik.webhook.IconikPayloads.ASSET;
import static io.github.iconikopentext.iconik.webhook.IconikPayloads.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.core.webhook.WebhookScheme;
import io.github.iconikopentext.core.webhook.WebhookVerificationException.Reason;
import io.github.iconikopentext.core.webhook.WebhookVerifier;
import io.github.iconikopentext.iconik.webhook.WebhookResult.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IconikWebhookHandlerTest {
  static final String HEADER = "X-Iconik-Secret";
  static final Secret SECRET = Secret.of("a-long-random-shared-secret");
  static final WebhookHeaders GOOD = WebhookHeaders.of(Map.of("x-iconik-secret", SECRET.reveal()));

  private final List<AssetEvent> events = new ArrayList<>();
  private final List<AssetEvent.UploadCompleted> uploads = new ArrayList<>();
  private final List<CustomActionInvocation> customActions = new ArrayList<>();

  private IconikWebhookHandler.Builder builder() {
    return IconikWebhookHandler.builder()
        .sharedSecret(HEADER, SECRET)
        .on(AssetEvent.UploadCompleted.class, uploads::add)
        .on(AssetEvent.class, events::add)
        .onCustomAction(customActions::add);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void genuineDeliveryIsDispatchedToTheListenersOfItsType() {
    WebhookResult result = builder().build().handle(GOOD, bytes(IconikPayloads.FILE_CLOSED));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(uploads).singleElement().satisfies(u -> assertThat(u.assetId()).isEqualTo(ASSET));
    assertThat(events).containsExactlyElementsOf(uploads);
  }

  @Test
  void listenersOfOtherTypesAreNotCalled() {
    builder().build().handle(GOOD, bytes(IconikPayloads.approval("APPROVED", "r1")));

    assertThat(uploads).isEmpty();
    assertThat(events).singleElement().isInstanceOf(AssetEvent.ApprovalGranted.class);
  }

  @Test
  void unrecognizedDeliveriesAreDispatchedToo() {
    WebhookResult result = builder().build().handle(GOOD, bytes(IconikPayloads.COLLECTION_CONTENTS_CREATE
        .replace("\"contents\"", "\"acls\"")));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(events).singleElement().isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void redeliveryIsAnsweredOkButNotDispatchedAgain() {
    IconikWebhookHandler handler = builder().build();
    handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED));

    WebhookResult again = handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED));

    assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(again.httpStatus()).isEqualTo(200);
    assertThat(uploads).hasSize(1);
  }

  @Test
  void wrongOrMissingSecretIs401AndNothingIsParsed() {
    IconikWebhookHandler handler = builder().build();

    WebhookResult wrong = handler.handle(WebhookHeaders.of(Map.of(HEADER, "guess")), bytes(IconikPayloads.FILE_CLOSED));
    WebhookResult missing = handler.handle(WebhookHeaders.of(Map.of()), bytes("not even json"));

    assertThat(wrong.httpStatus()).isEqualTo(401);
    assertThat(wrong.detail()).doesNotContain("guess");
    assertThat(SECRET.isContainedIn(wrong.detail())).isFalse();
    assertThat(missing.httpStatus()).isEqualTo(401);
    assertThat(wrong.rejection()).contains(Reason.NO_MATCHING_SIGNATURE);
    assertThat(missing.rejection()).contains(Reason.MISSING_HEADER);
    assertThat(events).isEmpty();
  }

  @Test
  void verificationFailureDoesNotConsumeTheRequestId() {
    IconikWebhookHandler handler = builder().build();
    handler.handle(WebhookHeaders.of(Map.of(HEADER, "guess")), bytes(IconikPayloads.FILE_CLOSED));

    assertThat(handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED)).outcome()).isEqualTo(Outcome.ACCEPTED);
  }

  @Test
  void unparseableBodyIs400() {
    WebhookResult result = builder().build().handle(GOOD, bytes("{\"event_type\": \"assets\", "));

    assertThat(result.outcome()).isEqualTo(Outcome.MALFORMED);
    assertThat(result.httpStatus()).isEqualTo(400);
    assertThat(result.detail()).contains("not valid JSON");
  }

  @Test
  void oversizedBodyIs413() {
    IconikWebhookHandler handler = builder().verifier(WebhookVerifier.builder(WebhookScheme.sharedSecretHeader(HEADER))
        .secret(SECRET).maxBodyBytes(1024).build()).build();

    WebhookResult result = handler.handle(GOOD, new byte[2048]);

    assertThat(result.httpStatus()).isEqualTo(413);
    assertThat(result.rejection()).contains(Reason.BODY_TOO_LARGE);
    assertThat(handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED)).rejection()).isEmpty();
  }

  @Test
  void oversizedStreamIs413WithoutReadingItAll() throws Exception {
    ByteArrayInputStream body = new ByteArrayInputStream(new byte[2 * 1024 * 1024]);

    WebhookResult result = builder().build().handle(GOOD, body);

    assertThat(result.httpStatus()).isEqualTo(413);
    assertThat(body.available()).isEqualTo(1024 * 1024 - 1);
  }

  @Test
  void streamedBodyIsHandled() throws Exception {
    WebhookResult result = builder().build().handle(GOOD, new ByteArrayInputStream(bytes(IconikPayloads.FILE_CLOSED)));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(uploads).hasSize(1);
  }

  @Test
  void otherDomainIs403WhenADomainIsExpected() {
    IconikWebhookHandler handler = builder().expectedSystemDomainId("another-domain").build();

    WebhookResult result = handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED));

    assertThat(result.httpStatus()).isEqualTo(403);
    assertThat(events).isEmpty();
  }

  @Test
  void expectedDomainIsAccepted() {
    IconikWebhookHandler handler = builder().expectedSystemDomainId(DOMAIN).build();

    assertThat(handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED)).httpStatus()).isEqualTo(200);
  }

  @Test
  void failingListenerIs500AndTheRetryIsProcessed() {
    int[] calls = {0};
    IconikWebhookHandler handler = builder().on(AssetEvent.UploadCompleted.class, u -> {
      if (calls[0]++ == 0) {
        throw new IllegalStateException("downstream unavailable");
      }
    }).build();

    WebhookResult first = handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED));
    WebhookResult retry = handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED));

    assertThat(first.httpStatus()).isEqualTo(500);
    assertThat(first.detail()).contains("UploadCompleted").contains("IllegalStateException");
    assertThat(retry.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(calls[0]).isEqualTo(2);
  }

  @Test
  void customActionIsDispatchedToItsListenersWithTheDomainChecked() {
    IconikWebhookHandler handler = builder().expectedSystemDomainId(DOMAIN).build();

    WebhookResult result = handler.handle(GOOD, bytes(IconikPayloads.CUSTOM_ACTION));

    assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(result.detail()).doesNotContain("the-invoking-users-token");
    assertThat(customActions).singleElement().satisfies(r -> assertThat(r.assetIds()).contains(ASSET));
    assertThat(events).isEmpty();
    assertThat(builder().expectedSystemDomainId("other").build()
        .handle(GOOD, bytes(IconikPayloads.CUSTOM_ACTION)).httpStatus()).isEqualTo(403);
  }

  @Test
  void rotatedSecretsAreBothAccepted() {
    Secret next = Secret.of("the-next-shared-secret");
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecrets(HEADER, List.of(next, SECRET)).replayGuard(ReplayGuard.none()).build();

    assertThat(handler.handle(GOOD, bytes(IconikPayloads.FILE_CLOSED)).httpStatus()).isEqualTo(200);
    assertThat(handler.handle(WebhookHeaders.of(Map.of(HEADER, next.reveal())), bytes(IconikPayloads.FILE_CLOSED))
        .httpStatus()).isEqualTo(200);
  }

  @Test
  void handlerWithoutVerificationCannotBeBuilt() {
    assertThatThrownBy(() -> IconikWebhookHandler.builder().build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("sharedSecret");
  }
}
