package io.github.iconikopentext.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonReader;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class AuditEventTest {

  private static AuditEvent transfer() {
    return AuditEvent.builder(AuditAction.ASSET_TRANSFERRED)
        .id("evt-1")
        .time(TestEvents.T0)
        .environment("prod")
        .system(AuditSystem.of("opentext", "OpenText"))
        .actor("user-7")
        .credential("client-42", "3")
        .target(AuditTarget.asset("asset-1"))
        .destination(AuditTarget.of(AuditTarget.Kind.CMS_INSTANCE, "cms-9"))
        .outcome(AuditOutcome.success(201))
        .requestId("req-1")
        .correlationId("job-5")
        .operation("TransfersApi.start")
        .transfer(1_048_576, "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        .detail("profile", "mezzanine")
        .build();
  }

  @Test
  void writesTheCloudEventsEnvelopeAndData() {
    assertThat(transfer().toJson()).isEqualTo("{\"data\":{\"action\":\"asset.transferred\",\"actor\":\"user-7\","
        + "\"bytes\":1048576,\"checksum\":\"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
        + "\"correlation_id\":\"job-5\",\"credential_id\":\"client-42\",\"credential_version\":\"3\","
        + "\"destination\":{\"id\":\"cms-9\",\"kind\":\"cms_instance\"},\"details\":{\"profile\":\"mezzanine\"},"
        + "\"environment\":\"prod\",\"http_status\":201,\"operation\":\"TransfersApi.start\",\"outcome\":\"success\","
        + "\"request_id\":\"req-1\",\"system\":\"opentext\",\"target\":{\"id\":\"asset-1\",\"kind\":\"asset\"}},"
        + "\"datacontenttype\":\"application/json\",\"id\":\"evt-1\",\"source\":\"urn:iconikopentext:prod:opentext\","
        + "\"specversion\":\"1.0\",\"subject\":\"asset-1\",\"time\":\"2024-10-02T17:06:00.314Z\","
        + "\"type\":\"io.github.iconikopentext.asset.transferred.v1\"}");
  }

  @Test
  void minimalEventOmitsAbsentMembers() {
    AuditEvent e = AuditEvent.builder(AuditAction.TEMPLATE_VALIDATED).id("e").time(TestEvents.T0)
        .environment("dev").build();

    assertThat(e.toJson()).isEqualTo("{\"data\":{\"action\":\"template.validated\",\"environment\":\"dev\","
        + "\"outcome\":\"success\"},\"datacontenttype\":\"application/json\",\"id\":\"e\","
        + "\"source\":\"urn:iconikopentext:dev\",\"specversion\":\"1.0\",\"time\":\"2024-10-02T17:06:00.314Z\","
        + "\"type\":\"io.github.iconikopentext.template.validated.v1\"}");
  }

  @Test
  void everyActionsTypeFollowsTheNamingScheme() {
    for (AuditAction action : AuditAction.values()) {
      assertThat(action.cloudEventType()).matches("io\\.github\\.iconikopentext\\.[a-z]+\\.[a-z_]+\\.v1");
      assertThat(AuditAction.fromEventName(action.eventName())).isSameAs(action);
    }
  }

  @Test
  void readsBackWhatItWrites() {
    AuditEvent e = transfer();
    assertThat(AuditEvent.fromJson(e.toJson())).isEqualTo(e);

    AuditEvent failed = e.toBuilder().outcome(AuditOutcome.failure("not_found")).build();
    assertThat(AuditEvent.fromJson(failed.toJson())).isEqualTo(failed);
  }

  @Test
  void sameEventAlwaysGivesTheSameBytes() {
    assertThat(transfer().toJson()).isEqualTo(transfer().toJson());
    AuditEvent reordered = AuditEvent.builder(AuditAction.ASSET_READ).id("x").time(TestEvents.T0).environment("p")
        .detail("b", "2").detail("a", "1").build();
    assertThat(reordered.toJson()).contains("\"details\":{\"a\":\"1\",\"b\":\"2\"}");
  }

  @Test
  void escapesTextCanonically() {
    AuditEvent e = AuditEvent.builder(AuditAction.ASSET_READ).id("x").time(TestEvents.T0).environment("p")
        .detail("text", "quote\" backslash\\ tab\t nl\n bell\u0007 é 日本 \uD83C\uDFAC slash/ lone\uD800")
        .build();

    assertThat(e.toJson()).contains("\"text\":\"quote\\\" backslash\\\\ tab\\t nl\\n bell\\u0007 é 日本 \uD83C\uDFAC "
        + "slash/ lone\uFFFD\"");
  }

  @Test
  void membersAreSortedAtEveryLevelAndTheTextHasNoWhitespace() throws IOException {
    String json = transfer().toJson();
    assertThat(json).doesNotContain(" ").doesNotContain("\n").doesNotContain("null");
    try (JsonReader r = JsonReader.of(new Buffer().writeUtf8(json))) {
      assertSorted(r);
    }
  }

  private static void assertSorted(JsonReader r) throws IOException {
    if (r.peek() != JsonReader.Token.BEGIN_OBJECT) {
      r.skipValue();
      return;
    }
    List<String> names = new ArrayList<>();
    r.beginObject();
    while (r.hasNext()) {
      names.add(r.nextName());
      assertSorted(r);
    }
    r.endObject();
    assertThat(names).isSorted();
  }

  @Test
  void defaultIdsAreUniqueUuidV7s() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = AuditEvent.builder(AuditAction.ASSET_READ).environment("p").build().id();
      assertThat(UUID.fromString(id).version()).isEqualTo(7);
      ids.add(id);
    }
    assertThat(ids).hasSize(1000);
  }

  @Test
  void defaultSourceNamesEnvironmentAndSystem() {
    AuditEvent e = AuditEvent.builder(AuditAction.ASSET_READ).environment("eu prod:1").system(AuditSystem.of("iconik", "iconik"))
        .build();
    assertThat(e.source()).isEqualTo(URI.create("urn:iconikopentext:eu%20prod%3A1:iconik"));
  }

  @Test
  void credentialIsRecordedByIdAndVersionOnly() {
    Secret secret = Secret.of("s3cr3t-token-value");
    AuditEvent e = AuditEvent.builder(AuditAction.CREDENTIAL_USED).environment("prod")
        .credential(new Credential("app-1", secret, null, "v9")).build();

    assertThat(e.credentialId()).isEqualTo("app-1");
    assertThat(e.credentialVersion()).isEqualTo("v9");
    assertThat(secret.isContainedIn(e.toJson())).isFalse();
    assertThat(secret.isContainedIn(e.toOcsfJson())).isFalse();
    assertThat(secret.isContainedIn(e.toString())).isFalse();
  }

  @Test
  void rejectsInvalidEventsByName() {
    assertThatThrownBy(() -> AuditEvent.builder(AuditAction.ASSET_READ).build())
        .isInstanceOf(NullPointerException.class).hasMessage("environment == null");
    assertThatThrownBy(() -> AuditEvent.builder(AuditAction.ASSET_READ).environment(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("environment is empty");
    assertThatThrownBy(() -> AuditEvent.builder(AuditAction.ASSET_READ).environment("p").transfer(-1, null).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bytes is negative");
    assertThatThrownBy(() -> AuditOutcome.failure(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error code");
  }

  @Test
  void readingReportsWhatIsWrong() {
    String json = transfer().toJson();
    assertThatThrownBy(() -> AuditEvent.fromJson(json.replace("\"action\":\"asset.transferred\",", "")))
        .isInstanceOf(AuditException.class).hasMessageContaining("no data.action");
    assertThatThrownBy(() -> AuditEvent.fromJson(json.replace("\"asset.transferred\"", "\"asset.stolen\"")))
        .isInstanceOf(AuditException.class).hasMessageContaining("unknown audit action 'asset.stolen'");
    assertThatThrownBy(() -> AuditEvent.fromJson(json.replace("transferred.v1", "read.v1")))
        .isInstanceOf(AuditException.class).hasMessageContaining("does not match action");
    assertThatThrownBy(() -> AuditEvent.fromJson(json.replace("\"1.0\"", "\"0.3\"")))
        .isInstanceOf(AuditException.class).hasMessageContaining("specversion");
    assertThatThrownBy(() -> AuditEvent.fromJson(json.replace("2024-10-02T17:06:00.314Z", "yesterday")))
        .isInstanceOf(AuditException.class).hasMessageContaining("time 'yesterday'");
    assertThatThrownBy(() -> AuditEvent.fromJson("{\"data\":"))
        .isInstanceOf(AuditException.class).hasMessageContaining("not a valid audit event");
    assertThatThrownBy(() -> AuditEvent.fromJson(json + "{}"))
        .isInstanceOf(AuditException.class);
  }

  @Test
  void failureOutcomeOfAnExceptionUsesStableCodes() {
    assertThat(AuditOutcome.failure(new io.github.iconikopentext.core.error.NotFoundException(404, "GET", "/a", "r",
        io.github.iconikopentext.core.error.ErrorDetails.EMPTY)))
        .isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "not_found", 404));
    assertThat(AuditOutcome.failure(new io.github.iconikopentext.core.error.NetworkException("boom", null)))
        .isEqualTo(AuditOutcome.failure("network_error"));
    assertThat(AuditOutcome.failure(new IllegalStateException("x"))).isEqualTo(AuditOutcome.failure("error"));
  }
}
