package io.github.iconikopentext.opentext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.CLIENT_ID;
import static io.github.iconikopentext.opentext.TestSupport.CLIENT_SECRET;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditSystem;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.audit.InMemoryAuditSink;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.opentext.TestSupport.MutableClock;
import io.github.iconikopentext.opentext.TestSupport.RecordingSleeper;
import io.github.iconikopentext.opentext.auth.OAuthGrant;
import io.github.iconikopentext.opentext.auth.OpenTextAuth;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.InstancePatch;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.opentext.cms.CmsService;
import io.github.iconikopentext.opentext.cms.Rendition;
import io.github.iconikopentext.opentext.storage.ContentDownload;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenText client's automatic audit events: service calls and tokens, with the client id and never a secret. */
class OpenTextAuditTest {
  private static final String TOKEN_PATH = "/tenants/" + TENANT + "/oauth2/token";
  private static final String INSTANCE = "/cms/instances/file/ot_asset/a1";
  private static final InstanceRef A1 = InstanceRef.file("ot_asset", "a1");
  private static final String ACCESS_TOKEN = "access-token-value-9f2c";
  private static final String REFRESH_TOKEN = "refresh-token-value-77ab";
  private static final String NEW_SECRET = "brand-new-secret-value";
  private static final String INSTANCE_JSON = "{\"id\":\"a1\",\"name\":\"clip.mp4\",\"type\":\"ot_asset\"}";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final InMemoryAuditSink sink = new InMemoryAuditSink();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

  private OpenTextClient.Builder client() {
    return OpenTextClient.builder(TestSupport.environment(server.baseUrl()))
        .clientCredentials(TestSupport.client())
        .httpOptions(TestSupport.options(clock, new RecordingSleeper()))
        .cmsRateLimit(null);
  }

  private void stubToken() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson(ACCESS_TOKEN, 3600))));
  }

  @Test
  void everyAuditedCallRecordsOneEventWithTheClientIdAndEnvironment() throws Exception {
    stubToken();
    server.stubFor(post("/cms/instances/file/ot_asset").willReturn(okJson(INSTANCE_JSON).withStatus(201)));
    server.stubFor(get(INSTANCE).willReturn(okJson(INSTANCE_JSON)));
    server.stubFor(patch(INSTANCE).willReturn(okJson(INSTANCE_JSON)));
    server.stubFor(put(INSTANCE).willReturn(okJson(INSTANCE_JSON)));
    server.stubFor(put(INSTANCE + "/parent").willReturn(okJson(INSTANCE_JSON)));
    server.stubFor(put(INSTANCE + "/acl").willReturn(aResponse().withStatus(204)));
    server.stubFor(post(INSTANCE + "/contents").willReturn(okJson("{\"name\":\"proxy.mp4\",\"blob_id\":\"css-2\"}")));
    server.stubFor(post(INSTANCE + "/nextVersion").willReturn(okJson(INSTANCE_JSON)));
    server.stubFor(delete(INSTANCE).willReturn(aResponse().withStatus(204)));
    server.stubFor(post("/css/v3/files/fromStream").willReturn(okJson("{\"id\":\"css-1\",\"size\":3}")));
    server.stubFor(get("/css/v3/files/css-1/stream").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "video/mp4").withBody(new byte[] {1, 2, 3})));
    server.stubFor(post("/admin/api/v1/organizations/org-1/apps/app-1/clients/c1/secret").willReturn(okJson(
        "{\"client_id\":\"oauth-1\",\"client_secret\":\"" + NEW_SECRET + "\"}")));
    OpenTextClient openText = client().audit(sink).build();
    CmsService cms = openText.cms();

    cms.create(Category.FILE, "ot_asset", InstanceRequest.builder("clip.mp4").build());
    cms.get(A1);
    cms.patch(A1, InstancePatch.builder().name("clip-2.mp4").build());
    cms.replace(A1, InstanceRequest.builder("clip-3.mp4").build());
    cms.move(A1, "folder-2");
    cms.setAcl(A1, "acl-1");
    cms.addRendition(A1, Rendition.primary("proxy.mp4", "css-2", "video/mp4", 3));
    cms.nextVersion(A1, InstancePatch.builder().name("clip-4.mp4").build());
    cms.delete(A1);
    openText.storage().upload(new ByteArrayInputStream(new byte[] {1, 2, 3}), "clip.mp4", "video/mp4");
    try (ContentDownload download = openText.storage().download("css-1")) {
      assertThat(download.stream().readAllBytes()).hasSize(3);
    }
    openText.admin().regenerateClientSecret("org-1", "app-1", "c1");

    assertThat(sink.events()).extracting(e -> e.action() + " " + e.target() + " " + e.operation())
        .containsExactly(
            "TOKEN_ISSUED null null",
            "ASSET_CREATED null CmsRestApi.create",
            "ASSET_READ " + cms("a1") + " CmsRestApi.get",
            "ASSET_UPDATED " + cms("a1") + " CmsRestApi.patch",
            "ASSET_UPDATED " + cms("a1") + " CmsRestApi.replace",
            "ASSET_UPDATED " + cms("a1") + " CmsRestApi.move",
            "ASSET_UPDATED " + cms("a1") + " CmsRestApi.setAcl",
            "ASSET_UPDATED " + cms("a1") + " CmsRestApi.addRendition",
            "ASSET_UPDATED " + cms("a1") + " CmsRestApi.nextVersion",
            "ASSET_DELETED " + cms("a1") + " CmsRestApi.delete",
            "ASSET_UPLOADED null CssRestApi.upload",
            "ASSET_DOWNLOADED " + AuditTarget.of(AuditTarget.Kind.FILE, "css-1") + " CssRestApi.download",
            "CREDENTIAL_USED " + AuditTarget.of(AuditTarget.Kind.CREDENTIAL, "c1") + " AdminRestApi.regenerateSecret");
    assertThat(sink.events()).allSatisfy(e -> {
      assertThat(e.environment()).isEqualTo("test");
      assertThat(e.system()).isEqualTo(OpenTextEnvironment.AUDIT_SYSTEM);
      assertThat(e.credentialId()).isEqualTo(CLIENT_ID);
      assertThat(e.outcome().isSuccess()).isTrue();
      assertThat(e.time()).isEqualTo(clock.instant());
    });
    assertThat(sink.events().get(0).details()).containsEntry("grant_type", "client_credentials");
    assertThat(sink.events().get(1).outcome()).isEqualTo(AuditOutcome.success(201));
    assertNoSecretIn(sink.events(), CLIENT_SECRET, ACCESS_TOKEN, NEW_SECRET);
  }

  @Test
  void aFailedCallRecordsItsErrorCodeAndATokenFailureIsRecordedAsSuch() {
    server.stubFor(post(TOKEN_PATH).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(401).withHeader("X-Request-ID", "tok-req-1")
            .withBody("{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + CLIENT_SECRET + "\"}"))
        .willSetStateTo("fixed"));
    server.stubFor(post(TOKEN_PATH).inScenario("t").whenScenarioStateIs("fixed")
        .willReturn(okJson(tokenJson(ACCESS_TOKEN, 3600))));
    server.stubFor(get(INSTANCE).willReturn(aResponse().withStatus(404).withHeader("X-Request-ID", "cms-req-404")
        .withBody("{\"message\":\"not found\"}")));
    CmsService cms = client().audit(sink).build().cms();

    assertThatThrownBy(() -> cms.get(A1)).isInstanceOf(CredentialException.class);
    assertThatThrownBy(() -> cms.get(A1)).isInstanceOf(NotFoundException.class);

    assertThat(sink.events()).extracting(AuditEvent::action).containsExactly(AuditAction.TOKEN_REFRESH_FAILED,
        AuditAction.ASSET_READ, AuditAction.TOKEN_ISSUED, AuditAction.ASSET_READ);
    AuditEvent tokenFailed = sink.events().get(0);
    assertThat(tokenFailed.outcome())
        .isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "authentication_failed", 401));
    assertThat(tokenFailed.requestId()).isEqualTo("tok-req-1");
    assertThat(tokenFailed.credentialId()).isEqualTo(CLIENT_ID);
    assertThat(sink.events().get(1).outcome()).isEqualTo(AuditOutcome.failure("credential_error"));
    AuditEvent notFound = sink.events().get(3);
    assertThat(notFound.outcome()).isEqualTo(new AuditOutcome(AuditOutcome.Status.FAILURE, "not_found", 404));
    assertThat(notFound.requestId()).isEqualTo("cms-req-404");
    assertThat(notFound.target()).isEqualTo(cms("a1"));
    assertNoSecretIn(sink.events(), CLIENT_SECRET, ACCESS_TOKEN);
  }

  @Test
  void aRefreshedTokenIsRecordedWithItsGrantButNeverTheRefreshToken() {
    server.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"access_token\":\"" + ACCESS_TOKEN
        + "\",\"token_type\":\"Bearer\",\"expires_in\":600,\"refresh_token\":\"" + REFRESH_TOKEN + "\"}")));
    server.stubFor(get(INSTANCE).willReturn(okJson(INSTANCE_JSON)));
    CmsService cms = client().audit(sink).build().cms();

    cms.get(A1);
    clock.advance(Duration.ofMinutes(11));
    cms.get(A1);

    assertThat(sink.events()).extracting(e -> e.action() + " " + e.details().get("grant_type"))
        .containsExactly("TOKEN_ISSUED client_credentials", "ASSET_READ null",
            "TOKEN_ISSUED refresh_token", "ASSET_READ null");
    assertNoSecretIn(sink.events(), CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN);
  }

  @Test
  void aTokenManagerAuditsItsOwnTokensNamingTheUserButNotThePassword() {
    stubToken();
    Secret password = Secret.of("user-password-31b7");
    OpenTextTokenManager manager = OpenTextTokenManager.builder().audit(sink)
        .httpOptions(TestSupport.options(clock, new RecordingSleeper())).build();

    manager.tokens(TestSupport.environment(server.baseUrl()), OpenTextAuth.builder(TestSupport.client())
        .grant(OAuthGrant.password("jdoe", password)).build()).resolveCredential();

    AuditEvent issued = sink.events().get(0);
    assertThat(sink.events()).hasSize(1);
    assertThat(issued.action()).isEqualTo(AuditAction.TOKEN_ISSUED);
    assertThat(issued.actor()).isEqualTo("jdoe");
    assertThat(issued.credentialId()).isEqualTo(CLIENT_ID);
    assertThat(issued.details()).containsEntry("grant_type", "password");
    assertNoSecretIn(sink.events(), CLIENT_SECRET, ACCESS_TOKEN, password.reveal());
  }

  @Test
  void withoutASinkNothingIsRecorded_andAGivenTokenManagerAuditsPerItsOwnSetting() {
    stubToken();
    server.stubFor(get(INSTANCE).willReturn(okJson(INSTANCE_JSON)));

    client().build().cms().get(A1);
    assertThat(sink.events()).as("a client built without audit(…)").isEmpty();

    OpenTextTokenManager unaudited = OpenTextTokenManager.builder()
        .httpOptions(TestSupport.options(clock, new RecordingSleeper())).build();
    client().tokenManager(unaudited).audit(sink).build().cms().get(A1);
    assertThat(sink.events()).extracting(AuditEvent::action).containsExactly(AuditAction.ASSET_READ);
  }

  private static AuditTarget cms(String id) {
    return AuditTarget.of(AuditTarget.Kind.CMS_INSTANCE, id);
  }

  private static void assertNoSecretIn(List<AuditEvent> events, String... secrets) {
    assertThat(events).isNotEmpty().allSatisfy(e -> {
      for (String text : List.of(e.toJson(), e.toOcsfJson(), e.toString())) {
        for (String secret : secrets) {
          assertThat(Secret.of(secret).isContainedIn(text)).as(text).isFalse();
        }
      }
    });
  }
}
