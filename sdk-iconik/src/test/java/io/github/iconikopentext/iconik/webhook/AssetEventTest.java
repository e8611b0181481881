package io.github.iconikopentext.iconik.webhook;

import io.github.iconikopentext.iconik.model.CustomActionContext;
import static io.github.iconikopentext.iconik.webhook.IconikPayloads.ASSET;
import static io.github.iconikopentext.iconik.webhook.IconikPayloads.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example payload parses, and reads as the expected typed event. */
class AssetEventTest {

  private static IconikWebhook parse(String json) {
    return IconikWebhook.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private static AssetEvent event(String json) {
    return AssetEvent.of(parse(json));
  }

  @Test
  void referenceExampleParsesAndIsACollectionContentAdded() {
    IconikWebhook delivery = parse(IconikPayloads.COLLECTION_CONTENTS_CREATE);

    assertThat(delivery.eventType()).isEqualTo("collections");
    assertThat(delivery.realm()).isEqualTo("contents");
    assertThat(delivery.operation()).isEqualTo("create");
    assertThat(delivery.systemDomainId()).isEqualTo("…");
    assertThat(delivery.objectId()).isEqualTo("…");
    assertThat(delivery.userId()).isEqualTo("…");
    assertThat(delivery.requestId()).isEqualTo("e2f3b065cba1b882f0fe8fa6efd6f3fd");
    assertThat(delivery.data()).containsEntry("object_type", "assets").containsEntry("parents", List.of("…"))
        .containsEntry("date_created", "2024-10-02T17:06:00.314064+00:00");
    assertThat(AssetEvent.of(delivery)).isEqualTo(
        new AssetEvent.CollectionContentAdded("…", "assets", "…", List.of("…"), delivery));
  }

  @Test
  void closedFileIsUploadCompleted() {
    AssetEvent event = event(IconikPayloads.FILE_CLOSED);

    assertThat(event).isInstanceOfSatisfying(AssetEvent.UploadCompleted.class, e -> {
      assertThat(e.assetId()).isEqualTo(ASSET);
      assertThat(e.fileId()).isEqualTo("9f0e3a5c-4b2d-11ef-9b3c-0242ac130004");
      assertThat(e.delivery().systemDomainId()).isEqualTo(DOMAIN);
    });
  }

  @Test
  void openFileIsNotAnUpload() {
    assertThat(event(IconikPayloads.FILE_OPEN)).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void approvalStatusesMapToReviewGrantDeny() {
    assertThat(event(IconikPayloads.approval("REQUESTED", "r1")))
        .isEqualTo(new AssetEvent.ReviewRequested(ASSET, parse(IconikPayloads.approval("REQUESTED", "r1"))));
    assertThat(event(IconikPayloads.approval("APPROVED", "r2")))
        .isInstanceOfSatisfying(AssetEvent.ApprovalGranted.class, e -> assertThat(e.assetId()).isEqualTo(ASSET));
    assertThat(event(IconikPayloads.approval("NOT_APPROVED", "r3")))
        .isInstanceOfSatisfying(AssetEvent.ApprovalDenied.class, e -> assertThat(e.assetId()).isEqualTo(ASSET));
  }

  @ParameterizedTest
  @ValueSource(strings = {"N/A", "MIXED", "SOMETHING_NEW"})
  void otherApprovalStatusesAreUnrecognized(String status) {
    assertThat(event(IconikPayloads.approval(status, "r4"))).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void approvalOfACollectionIsNotAnAssetEvent() {
    String collectionApproval = IconikPayloads.approval("APPROVED", "r5")
        .replace("\"object_type\": \"assets\"", "\"object_type\": \"collections\"");

    assertThat(event(collectionApproval)).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void metadataUpdateCarriesTypedValues() {
    AssetEvent event = event(IconikPayloads.METADATA_UPDATE);

    assertThat(event).isInstanceOfSatisfying(AssetEvent.MetadataChanged.class, e -> {
      assertThat(e.assetId()).isEqualTo(ASSET);
      MetadataValues values = e.values();
      assertThat(values.string("title")).contains("Interview take 3");
      assertThat(values.values("rating")).containsExactly(4L);
      assertThat(values.number("rating")).contains(BigDecimal.valueOf(4));
      assertThat(values.bool("approved")).contains(true);
      assertThat(values.strings("keywords")).containsExactly("studio", "interview");
      assertThat(values.mode("keywords")).isEqualTo(MetadataValues.Mode.APPEND);
    });
  }

  @Test
  void deleteAndPurgeAreAssetDeleted() {
    assertThat(event(IconikPayloads.ASSET_DELETE)).isInstanceOfSatisfying(AssetEvent.AssetDeleted.class, e -> {
      assertThat(e.assetId()).isEqualTo(ASSET);
      assertThat(e.purged()).isFalse();
    });
    assertThat(event(IconikPayloads.ASSET_DELETE.replace("\"delete\"", "\"purge\"")))
        .isInstanceOfSatisfying(AssetEvent.AssetDeleted.class, e -> assertThat(e.purged()).isTrue());
    assertThat(event(IconikPayloads.ASSET_DELETE.replace("\"delete\"", "\"update\"")))
        .isInstanceOf(AssetEvent.AssetDeleted.class);
    assertThat(event(IconikPayloads.ASSET_DELETE.replace("\"delete\"", "\"update\"").replace("DELETED", "ACTIVE")))
        .isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void finishedAndFailedJobs() {
    assertThat(event(IconikPayloads.job("FINISHED", "j1"))).isInstanceOfSatisfying(AssetEvent.JobFinished.class,
        e -> {
          assertThat(e.jobId()).isEqualTo("8a8e3a5c-4b2d-11ef-9b3c-0242ac130004");
          assertThat(e.type()).isEqualTo(JobType.TRANSFER);
          assertThat(e.status()).isEqualTo(JobStatus.FINISHED);
          assertThat(e.objectType()).isEqualTo("assets");
          assertThat(e.objectId()).isEqualTo(ASSET);
        });
    assertThat(event(IconikPayloads.job("FAILED", "j2"))).isInstanceOfSatisfying(AssetEvent.JobFailed.class, e -> {
      assertThat(e.status()).isEqualTo(JobStatus.FAILED);
      assertThat(e.errorMessage()).isEqualTo("storage unreachable");
    });
    assertThat(event(IconikPayloads.job("ABORTED", "j3"))).isInstanceOf(AssetEvent.JobFailed.class);
    assertThat(event(IconikPayloads.job("FINISHED_WITH_WARNING", "j4"))).isInstanceOf(AssetEvent.JobFinished.class);
    assertThat(event(IconikPayloads.job("STARTED", "j5"))).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void unknownJobTypeReadsAsUnknown() {
    assertThat(event(IconikPayloads.job("FINISHED", "j6").replace("TRANSFER", "TELEPORT")))
        .isInstanceOfSatisfying(AssetEvent.JobFinished.class, e -> assertThat(e.type()).isEqualTo(JobType.UNKNOWN));
  }

  @Test
  void eventTypeRealmAndOperationAreCaseInsensitive() {
    String shouting = IconikPayloads.FILE_CLOSED.replace("\"assets\"", "\"ASSETS\"")
        .replace("\"files\"", "\"Files\"").replace("\"update\"", "\"UPDATE\"");

    assertThat(event(shouting)).isInstanceOf(AssetEvent.UploadCompleted.class);
  }

  @Test
  void deliveryWithoutAnyFieldIsStillKept() {
    IconikWebhook empty = parse("{}");

    assertThat(empty.data()).isEmpty();
    assertThat(AssetEvent.of(empty)).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void unreadableMetadataValuesFallBackToUnrecognized() {
    String odd = IconikPayloads.METADATA_UPDATE.replaceFirst("\"metadata_values\": \\{", "\"metadata_values\": [{")
        .replace("\"mode\": \"append\"}}}}", "\"mode\": \"append\"}}]}}");

    assertThat(event(odd)).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void toStringOmitsData() {
    IconikWebhook delivery = parse(IconikPayloads.FILE_CLOSED);

    assertThat(delivery.toString()).contains("request_id=a1a1a1a1").doesNotContain("interview.mov");
  }

  @Test
  void customActionParsesWithTheTokenAsASecret() {
    CustomActionInvocation request = CustomActionInvocation.parse(IconikPayloads.CUSTOM_ACTION.getBytes(StandardCharsets.UTF_8));

    assertThat(request.userId()).isEqualTo("5e2f1c3a-4b2d-11ef-9b3c-0242ac130004");
    assertThat(request.systemDomainId()).isEqualTo(DOMAIN);
    assertThat(request.context()).isEqualTo(CustomActionContext.BULK);
    assertThat(request.actionId()).isEqualTo("0a1b2c3d-4b2d-11ef-9b3c-0242ac130004");
    assertThat(request.assetIds()).containsExactly(ASSET, "2a6e3a5c-4b2d-11ef-9b3c-0242ac130004");
    assertThat(request.collectionIds()).containsExactly("3c6e3a5c-4b2d-11ef-9b3c-0242ac130004");
    assertThat(request.savedSearchIds()).isEmpty();
    assertThat(request.metadataViewId()).isEqualTo("4d6e3a5c-4b2d-11ef-9b3c-0242ac130004");
    assertThat(request.metadataValues().string("priority")).contains("high");
    assertThat(request.metadataValues().values("reel")).containsExactly(3L, new BigDecimal("4.5"));
    assertThat(request.metadataValues().mode("reel")).isEqualTo(MetadataValues.Mode.APPEND);
    assertThat(request.dateCreated()).isEqualTo(Instant.parse("2024-10-02T17:06:00.314064Z"));
    assertThat(request.authToken().reveal()).isEqualTo("eyJhbGciOiJIUzI1NiJ9.the-invoking-users-token");
    assertThat(request.toString()).doesNotContain("the-invoking-users-token").contains("authToken=****");
  }

  @Test
  void customActionWithMissingListsAndUnknownContext() {
    CustomActionInvocation request = CustomActionInvocation.parse(
        "{\"action_id\": \"a\", \"context\": \"SOMEWHERE_NEW\", \"asset_ids\": [null, \"x\"], \"auth_token\": \"\"}"
            .getBytes(StandardCharsets.UTF_8));

    assertThat(request.context()).isEqualTo(CustomActionContext.UNKNOWN);
    assertThat(request.assetIds()).containsExactly("x");
    assertThat(request.collectionIds()).isEmpty();
    assertThat(request.metadataValues().isEmpty()).isTrue();
    assertThat(request.authToken()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1, 2]", "\"text\"", "null", "{\"event_type\": ", "{\"realm\": {\"a\": 1}}",
      "{\"data\": [1]}"})
  void malformedBodiesAreTypedErrors(String body) {
    assertThatThrownBy(() -> IconikWebhook.parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WebhookPayloadException.class)
        .hasMessageStartingWith("the ");
  }

  @Test
  void wrongTypeInACustomActionNamesThePath() {
    assertThatThrownBy(() -> CustomActionInvocation.parse(
        "{\"action_id\": \"a\", \"asset_ids\": \"not-a-list\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(WebhookPayloadException.class)
        .hasMessageContaining("asset_ids");
  }

  @Test
  void dataOfDeliveryIsUnmodifiable() {
    Map<String, Object> data = parse(IconikPayloads.FILE_CLOSED).data();

    assertThatThrownBy(() -> data.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }
}
