package io.github.iconikopentext.iconik.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.iconikopentext.iconik.model.AssetType;
import io.github.iconikopentext.iconik.model.SegmentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The events real integrations trigger on — shares, collection contents, segments, asset creation — read from the
 * shapes iconik sends (the share and contents deliveries are the captured ones of shared/reference, verbatim).
 */
class NewEventsTest {
  /** benmeadors/Event-driven-applications-for-Iconik, captured from a live domain. */
  static final String SHARE_CREATE = """
      {"system_domain_id": "562b6dc8-9c3e-11e9-93c5-0a580a3d829b", "object_id": "ff93508c-8036-11eb-9776-0a580a3c0c42",
       "user_id": "e414116e-9957-11ea-b502-0a580a3c65d8", "realm": "shares", "operation": "create",
       "data": {"expires": "2021-03-15T17:52:06.936000+00:00", "id": "ff93508c-8036-11eb-9776-0a580a3c0c42",
                "object_id": "1cca7690-7e01-11eb-9145-0a580a3c0c42", "allow_download": false,
                "allow_download_proxy": false, "allow_comments": true, "metadata_views": [],
                "object_type": "assets", "date_created": "2021-03-08T17:52:06.936000+00:00",
                "owner_id": "e414116e-9957-11ea-b502-0a580a3c65d8", "allow_custom_actions": false,
                "allow_approving_comments": true, "allow_setting_approve_status": true, "message": null,
                "system_domain_id": "562b6dc8-9c3e-11e9-93c5-0a580a3d829b", "allow_view_versions": true,
                "allow_view_transcriptions": true},
       "request_id": "3d91fa8b50cddaaba1f4908858ffb6bb", "event_type": "assets"}
      """;

  /** A public Lambda's test event (TwelveLabs + Pinecone + iconik), verbatim. */
  static final String CONTENTS_CREATE = """
      {"system_domain_id": "86729aec-7ff0-11ef-a5cc-2e53d2c327db", "event_type": "collections",
       "object_id": "43b738dc-a6d5-11ef-859e-be5be1c7bfe0", "user_id": "8951f88e-7ff0-11ef-b7ae-4664fc99c07f",
       "realm": "contents", "operation": "create",
       "data": {"collection_id": "8ffdc442-8018-11ef-b615-0267038c3c9b",
                "date_created": "2024-10-02T17:06:00.314064+00:00",
                "object_id": "43b738dc-a6d5-11ef-859e-be5be1c7bfe0", "object_type": "assets",
                "parents": ["8712308e-8018-11ef-9f1f-0283d642dc0c", "8a48ede2-8018-11ef-8ef9-a2414cf6b678"]},
       "request_id": "e2f3b065cba1b882f0fe8fa6efd6f3fd"}
      """;

  /** garimto81/iconik_parser's assumed shape: no event_type, realm or request_id; upper-case operation. */
  static final String ASSUMED_SUBCLIP = """
      {"object_type": "assets", "operation": "CREATE", "object_id": "d206796c-4cf3-11f0-a812-fa75e68441df",
       "data": {"id": "d206796c-4cf3-11f0-a812-fa75e68441df", "title": "Test Subclip", "type": "SUBCLIP",
                "original_asset_id": "ea200c74-4cd6-11f0-9ba5-b61b60fa9865",
                "time_start_milliseconds": 3561433, "time_end_milliseconds": 3916333}}
      """;

  static final String SEGMENT = """
      {"system_domain_id": "d", "event_type": "assets", "realm": "segments", "operation": "%s",
       "object_id": "5a5a5a5a-0000-4000-8000-000000000001", "user_id": "u", "request_id": "s1",
       "data": {"id": "5a5a5a5a-0000-4000-8000-000000000001", "asset_id": "a1", "segment_type": "COMMENT",
                "segment_text": "Cut here", "time_start_milliseconds": 1000, "time_end_milliseconds": 2500,
                "status": "ACTIVE", "user_id": "u", "drawing": null, "face_bounding_boxes": null}}
      """;

  private static AssetEvent event(String json) {
    return AssetEvent.of(IconikWebhook.parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aShareOfAnAssetIsShareCreatedWithItsTerms() {
    assertThat(event(SHARE_CREATE)).isInstanceOfSatisfying(AssetEvent.ShareCreated.class, e -> {
      assertThat(e.shareId()).isEqualTo("ff93508c-8036-11eb-9776-0a580a3c0c42");
      assertThat(e.objectType()).isEqualTo("assets");
      assertThat(e.assetId()).isEqualTo("1cca7690-7e01-11eb-9145-0a580a3c0c42");
      assertThat(e.share().ownerId()).isEqualTo("e414116e-9957-11ea-b502-0a580a3c65d8");
      assertThat(e.share().expires()).isEqualTo(Instant.parse("2021-03-15T17:52:06.936Z"));
      assertThat(e.share().allowDownload()).isFalse();
      assertThat(e.share().allowComments()).isTrue();
      assertThat(e.share().metadataViews()).isEmpty();
    });
  }

  @Test
  void aShareOfACollectionHasNoAssetId() {
    String collectionShare = SHARE_CREATE.replace("\"object_type\": \"assets\"", "\"object_type\": \"collections\"")
        .replace("\"event_type\": \"assets\"", "\"event_type\": \"collections\"");

    assertThat(event(collectionShare)).isInstanceOfSatisfying(AssetEvent.ShareCreated.class, e -> {
      assertThat(e.objectType()).isEqualTo("collections");
      assertThat(e.objectId()).isEqualTo("1cca7690-7e01-11eb-9145-0a580a3c0c42");
      assertThat(e.assetId()).isNull();
    });
  }

  @Test
  void anAssetAddedToACollectionIsCollectionContentAdded() {
    assertThat(event(CONTENTS_CREATE)).isInstanceOfSatisfying(AssetEvent.CollectionContentAdded.class, e -> {
      assertThat(e.collectionId()).isEqualTo("8ffdc442-8018-11ef-b615-0267038c3c9b");
      assertThat(e.assetId()).isEqualTo("43b738dc-a6d5-11ef-859e-be5be1c7bfe0");
      assertThat(e.parents()).containsExactly("8712308e-8018-11ef-9f1f-0283d642dc0c",
          "8a48ede2-8018-11ef-8ef9-a2414cf6b678");
    });
  }

  @Test
  void aRemovedSubCollectionIsCollectionContentRemovedWithoutAssetId() {
    String removed = CONTENTS_CREATE.replace("\"create\"", "\"delete\"")
        .replace("\"object_type\": \"assets\"", "\"object_type\": \"collections\"");

    assertThat(event(removed)).isInstanceOfSatisfying(AssetEvent.CollectionContentRemoved.class, e -> {
      assertThat(e.collectionId()).isEqualTo("8ffdc442-8018-11ef-b615-0267038c3c9b");
      assertThat(e.objectType()).isEqualTo("collections");
      assertThat(e.assetId()).isNull();
    });
  }

  @Test
  void contentsWithoutACollectionIdAreUnrecognized() {
    assertThat(event(CONTENTS_CREATE.replace("\"collection_id\"", "\"container\"")))
        .isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void segmentsCreatedAndChanged() {
    assertThat(event(SEGMENT.formatted("create"))).isInstanceOfSatisfying(AssetEvent.SegmentCreated.class, e -> {
      assertThat(e.assetId()).isEqualTo("a1");
      assertThat(e.segment().segmentType()).isEqualTo(SegmentType.COMMENT);
      assertThat(e.segment().segmentText()).isEqualTo("Cut here");
      assertThat(e.segment().timeEndMilliseconds()).isEqualTo(2500L);
    });
    assertThat(event(SEGMENT.formatted("update"))).isInstanceOfSatisfying(AssetEvent.SegmentChanged.class,
        e -> assertThat(e.segment().id()).isEqualTo("5a5a5a5a-0000-4000-8000-000000000001"));
    assertThat(event(SEGMENT.formatted("delete"))).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void aCreatedAssetCarriesItsType() {
    String created = """
        {"system_domain_id": "d", "event_type": "assets", "realm": "entity", "operation": "create",
         "object_id": "a9", "request_id": "c9",
         "data": {"id": "a9", "title": "Clip", "type": "SUBCLIP", "original_asset_id": "a1",
                  "time_start_milliseconds": 10, "time_end_milliseconds": 20, "status": "ACTIVE"}}
        """;

    assertThat(event(created)).isInstanceOfSatisfying(AssetEvent.AssetCreated.class, e -> {
      assertThat(e.assetId()).isEqualTo("a9");
      assertThat(e.asset().type()).isEqualTo(AssetType.SUBCLIP);
      assertThat(e.asset().originalAssetId()).isEqualTo("a1");
      assertThat(e.asset().timeStartMilliseconds()).isEqualTo(10L);
    });
  }

  @Test
  void theAssumedShapeWithoutEventTypeIsReadAsAnEntityEvent() {
    assertThat(event(ASSUMED_SUBCLIP)).isInstanceOfSatisfying(AssetEvent.AssetCreated.class, e -> {
      assertThat(e.assetId()).isEqualTo("d206796c-4cf3-11f0-a812-fa75e68441df");
      assertThat(e.asset().type()).isEqualTo(AssetType.SUBCLIP);
      assertThat(e.asset().originalAssetId()).isEqualTo("ea200c74-4cd6-11f0-9ba5-b61b60fa9865");
      assertThat(e.asset().timeStartMilliseconds()).isEqualTo(3_561_433L);
      assertThat(e.asset().timeEndMilliseconds()).isEqualTo(3_916_333L);
      assertThat(e.delivery().eventType()).isNull();
      assertThat(e.delivery().objectType()).isEqualTo("assets");
    });
  }

  @Test
  void theAssumedShapeIsOnlyUsedWhenBothEventTypeAndRealmAreMissing() {
    assertThat(event(ASSUMED_SUBCLIP.replace("\"object_type\": \"assets\",", "\"object_type\": \"assets\", "
        + "\"realm\": \"files\","))).isInstanceOf(AssetEvent.Unrecognized.class);
    assertThat(event(ASSUMED_SUBCLIP.replace("\"object_type\": \"assets\",", ""))).isInstanceOf(
        AssetEvent.Unrecognized.class);
  }

  @Test
  void aCreatedAssetWhoseIdHasTheWrongShapeIsUnrecognizedNotAFailure() {
    String odd = ASSUMED_SUBCLIP.replace("\"id\": \"d206796c-4cf3-11f0-a812-fa75e68441df\"", "\"id\": {\"x\": 1}");

    assertThat(event(odd)).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void aCreatedAssetWithOddlyShapedUnneededMembersIsStillTyped() {
    String odd = ASSUMED_SUBCLIP.replace("\"title\": \"Test Subclip\"", "\"title\": {\"en\": \"Test Subclip\"}")
        .replace("\"time_start_milliseconds\": 3561433", "\"time_start_milliseconds\": \"soon\"");

    assertThat(event(odd)).isInstanceOfSatisfying(AssetEvent.AssetCreated.class, e -> {
      assertThat(e.asset().title()).isNull();
      assertThat(e.asset().timeStartMilliseconds()).isNull();
      assertThat(e.asset().type()).isEqualTo(AssetType.SUBCLIP);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"assets/shares/delete", "collections/contents/update", "collections/acls/create",
      "assets/entity/update", "segments/segments/create", "users/entity/create"})
  void otherCombinationsStayUnrecognized(String combination) {
    String[] parts = combination.split("/");
    String json = CONTENTS_CREATE.replace("\"event_type\": \"collections\"", "\"event_type\": \"" + parts[0] + "\"")
        .replace("\"realm\": \"contents\"", "\"realm\": \"" + parts[1] + "\"")
        .replace("\"operation\": \"create\"", "\"operation\": \"" + parts[2] + "\"");

    assertThat(event(json)).isInstanceOf(AssetEvent.Unrecognized.class);
  }

  @Test
  void everyNewEventIsAnsweredOkByTheHandler() {
    IconikWebhookHandler handler = IconikWebhookHandler.builder()
        .sharedSecret("X-Secret", io.github.iconikopentext.core.credentials.Secret.of("s")).build();
    for (String body : List.of(SHARE_CREATE, CONTENTS_CREATE, ASSUMED_SUBCLIP, SEGMENT.formatted("create"))) {
      WebhookResult result = handler.handle(io.github.iconikopentext.core.webhook.WebhookHeaders.of(
          java.util.Map.of("X-Secret", "s")), body.getBytes(StandardCharsets.UTF_8));

      assertThat(result.httpStatus()).as(result.detail()).isEqualTo(200);
    }
  }
}
