package io.github.iconikopentext.iconik;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.StaticCredentialsProvider;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.spec.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The iconik client's automatic audit events: which calls record one, with what, and never a secret. */
class IconikAuditTest {
  private static final String A = "a1111111-1111-4111-8111-111111111111";
  private static final String F = "f3333333-3333-4333-8333-333333333333";
  private static final String C = "c2222222-2222-4222-8222-222222222222";
  private static final String ASSET = "/API/assets/v1/assets/" + A + "/";
  private static final Instant NOW = Instant.parse("2024-10-02T17:06:00Z");

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final InMemoryAuditSink sink = new InMemoryAuditSink();

  private IconikClient.Builder client() {
    return IconikClient.builder(TestClients.environment(wm.baseUrl()),
            StaticCredentialsProvider.of(TestClients.APP_ID, TestClients.TOKEN))
        .httpOptions(HttpOptions.builder().sleeper(d -> { }).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
  }

  private IconikClient audited() {
    return client().audit(sink).build();
  }

  @Test
  void everyAuditedOperationRecordsOneEventWithAppIdEnvironmentAndTarget() {
    wm.stubFor(get(ASSET).willReturn(okJson(Fixtures.read("asset.json"))));
    wm.stubFor(post("/API/assets/v1/assets/").willReturn(okJson(Fixtures.read("asset-created.json"))));
    wm.stubFor(patch(urlPathEqualTo(ASSET)).willReturn(okJson(Fixtures.read("asset.json"))));
    wm.stubFor(delete(ASSET).willReturn(aResponse().withStatus(204)));
    wm.stubFor(put(ASSET + "restore/").willReturn(aResponse().withStatus(204)));
    wm.stubFor(delete(ASSET + "purge/").willReturn(aResponse().withStatus(204)));
    wm.stubFor(get(ASSET + "approvals/request/").willReturn(okJson(Fixtures.read("approval.json"))));
    wm.stubFor(post(ASSET + "approvals/request/").willReturn(okJson(Fixtures.read("approval.json"))));
    wm.stubFor(put(ASSET + "approvals/").willReturn(okJson("{\"user\": \"u1\", \"status\": \"APPROVED\"}")));
    wm.stubFor(get("/API/files/v1/assets/" + A + "/files/" + F + "/download_url/")
        .willReturn(okJson(Fixtures.read("download-url.json"))));
    wm.stubFor(get("/API/metadata/v1/assets/" + A + "/views/v/").willReturn(okJson(Fixtures.read("metadata-values.json"))));
    wm.stubFor(put("/API/metadata/v1/assets/" + A + "/views/v/").willReturn(okJson(Fixtures.read("metadata-values.json"))));
    wm.stubFor(get("/API/metadata/v1/collections/" + C + "/views/v/")
        .willReturn(okJson(Fixtures.read("metadata-values.json"))));
    wm.stubFor(put("/API/metadata/v1/assets/views/v/").willReturn(aResponse().withStatus(202)));
    IconikClient iconik = audited();

    iconik.assets().get(A);
    iconik.assets().create(AssetRequest.titled("Interview"));
    iconik.assets().update(A, AssetRequest.titled("Interview, cut"));
    iconik.assets().delete(A);
    iconik.assets().restore(A);
    iconik.assets().purge(A);
    iconik.assets().approval(A);
    iconik.assets().requestApproval(A, ApprovalRequest.ofUsers("u1"));
    iconik.assets().setApproval(A, ApprovalStatus.APPROVED);
    iconik.files().downloadUrl(A, F);
    iconik.metadata().assetValues(A, "v");
    iconik.metadata().putAssetValues(A, "v", MetadataValues.empty());
    iconik.metadata().values("collections", C, "v");
    iconik.metadata().putValuesBatch("assets", List.of(A), "v", MetadataValues.empty());

    assertThat(sink.events()).extracting(e -> e.action() + " " + e.subject() + " " + e.operation())
        .containsExactly(
            "ASSET_READ " + A + " AssetsApi.get",
            "ASSET_CREATED null AssetsApi.create",
            "ASSET_UPDATED " + A + " AssetsApi.update",
            "ASSET_DELETED " + A + " AssetsApi.delete",
            "ASSET_UPDATED " + A + " AssetsApi.restore",
            "ASSET_DELETED " + A + " AssetsApi.purge",
            "ASSET_READ " + A + " AssetsApi.approval",
            "ASSET_UPDATED " + A + " AssetsApi.requestApproval",
            "ASSET_UPDATED " + A + " AssetsApi.vote",
            "ASSET_DOWNLOADED " + A + " FilesApi.downloadUrl",
            "METADATA_READ " + A + " MetadataApi.assetValues",
            "METADATA_UPDATED " + A + " MetadataApi.putAssetValues",
            "METADATA_READ null MetadataApi.values",
            "METADATA_UPDATED null MetadataApi.putValuesBatch");
    assertThat(sink.events()).allSatisfy(e -> {
      assertThat(e.environment()).isEqualTo("test");
      assertThat(e.system()).isEqualTo(IconikEnvironment.AUDIT_SYSTEM);
      assertThat(e.credentialId()).isEqualTo(TestClients.APP_ID);
      assertThat(e.outcome().isSuccess()).isTrue();
      assertThat(e.requestId()).isNotBlank();
      assertThat(e.time()).isEqualTo(NOW);
      if (e.target() != null) {
        assertThat(e.target().kind()).isEqualTo(AuditTarget.Kind.ASSET);
      }
    });
    assertThat(sink.events().get(3).outcome()).isEqualTo(AuditOutcome.success(204));
    assertNoSecretIn(sink.events(), TestClients.TOKEN);
  }

  @Test
  void failedCallsRecordTheirFailureAndErrorCodeButNeverTheToken() {
    wm.stubFor(get(ASSET).willReturn(aResponse().withStatus(404).withHeader("X-Request-ID", "req-404")
        .withBody("{\"errors\": [\"Asset not found\"]}")));
    wm.stubFor(put("/API/metadata/v1/assets/" + A + "/views/v/").willReturn(aResponse().withStatus(401)
        .withBody("{\"errors\": [\"Token " + TestClients.TOKEN + " is invalid\"]}")));
    IconikClient iconik = audited();

    assertThatThrownBy(() -> iconik.assets().get(A)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> iconik.metadata().putAssetValues(A, "v", MetadataValues.empty()))
        .isInstanceOf(AuthenticationException.class);

    assertThat(sink.events()).hasSize(2);
    AuditEvent notFound = sink.events().get(0);
    assertThat(notFound.outcome()).isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "not_found", 404));
    assertThat(notFound.requestId()).isEqualTo("req-404");
    assertThat(notFound.credentialId()).isEqualTo(TestClients.APP_ID);
    assertThat(notFound.target()).isEqualTo(AuditTarget.asset(A));
    AuditEvent rejected = sink.events().get(1);
    assertThat(rejected.action()).isEqualTo(AuditAction.METADATA_UPDATED);
    assertThat(rejected.outcome())
        .isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "authentication_failed", 401));
    assertNoSecretIn(sink.events(), TestClients.TOKEN);
  }

  @Test
  void listsSearchesAndClientsWithoutASinkRecordNothing() {
    wm.stubFor(get(ASSET).willReturn(okJson(Fixtures.read("asset.json"))));
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/assets/")).willReturn(okJson(Fixtures.read("assets-page-3.json"))));
    wm.stubFor(post(urlPathEqualTo("/API/search/v1/search/")).willReturn(okJson(Fixtures.read("search-page-2.json"))));
    wm.stubFor(get("/API/users/v1/users/current/").willReturn(okJson(Fixtures.read("user-current.json"))));
    IconikClient iconik = audited();

    iconik.assets().list().stream().toList();
    iconik.search().search(SearchRequest.builder().query("news").build()).stream().toList();
    iconik.system().currentUser();
    iconik.raw().json("GET", "API/assets/v1/assets/" + A + "/", null);
    assertThat(sink.events()).as("unaudited operations, and raw calls even to audited paths").isEmpty();

    client().build().assets().get(A);
    assertThat(sink.events()).as("a client built without audit(…)").isEmpty();
    assertThat(wm.getAllServeEvents()).hasSize(5);
  }

  static void assertNoSecretIn(List<AuditEvent> events, String secretText) {
    Secret secret = Secret.of(secretText);
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      for (String text : List.of(e.toJson(), e.toOcsfJson(), e.toString())) {
        assertThat(secret.isContainedIn(text)).as(text).isFalse();
      }
    });
  }
}
