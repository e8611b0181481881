package io.github.iconikopentext.iconik;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.iconikopentext.core.credentials.CachingCredentialsProvider;
import io.github.iconikopentext.core.credentials.Credential;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.AuthenticationException;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.NotFoundException;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.AssetStatus;
import io.github.iconikopentext.iconik.model.AssetType;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.model.Storage;
import io.github.iconikopentext.iconik.model.Webhook;
import io.github.iconikopentext.iconik.spec.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IconikClientTest {
  private static final String ASSET_ID = "a1111111-1111-4111-8111-111111111111";
  private static final String ASSET_PATH = "/API/assets/v1/assets/" + ASSET_ID + "/";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestClients clients = new TestClients();

  private IconikClient client() {
    return clients.client(wm.baseUrl());
  }

  @Test
  void everyCallCarriesAppIdAndAuthToken() {
    wm.stubFor(get(ASSET_PATH).willReturn(okJson(Fixtures.read("asset.json"))));
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/assets/")).willReturn(okJson(Fixtures.read("assets-page-3.json"))));
    wm.stubFor(post(urlPathEqualTo("/API/search/v1/search/")).willReturn(okJson(Fixtures.read("search-page-2.json"))));
    wm.stubFor(put(urlPathEqualTo("/API/metadata/v1/assets/" + ASSET_ID + "/views/v/"))
        .willReturn(okJson(Fixtures.read("metadata-values.json"))));
    wm.stubFor(get("/API/users/v1/users/current/").willReturn(okJson(Fixtures.read("user-current.json"))));
    IconikClient iconik = client();

    iconik.assets().get(ASSET_ID);
    iconik.assets().list().stream().toList();
    iconik.search().search(SearchRequest.builder().query("news").build()).stream().toList();
    iconik.metadata().putAssetValues(ASSET_ID, "v", io.github.iconikopentext.iconik.model.MetadataValues.empty());
    iconik.system().currentUser();
    iconik.raw().json("GET", "API/users/v1/users/current/", null);

    List<ServeEvent> served = wm.getAllServeEvents();
    assertThat(served).hasSize(6);
    wm.verify(6, anyRequestedFor(anyUrl()).withHeader("App-ID", equalTo(TestClients.APP_ID))
        .withHeader("Auth-Token", equalTo(TestClients.TOKEN)));
  }

  @Test
  void aListErrorBodyBecomesATypedExceptionWithTheMessage() {
    wm.stubFor(get(ASSET_PATH).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.read("error-list.json"))));

    assertThatThrownBy(() -> client().assets().get(ASSET_ID))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("GET " + ASSET_PATH)
        .hasMessageContaining("404")
        .hasMessageContaining("Asset does not exist");
  }

  @Test
  void aFieldErrorBodyBecomesFieldErrors() {
    wm.stubFor(post("/API/assets/v1/assets/").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(Fixtures.read("error-fields.json"))));

    assertThatThrownBy(() -> client().assets().create(AssetRequest.titled("x")))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.details().fieldErrors()).containsEntry("title", "Missing data for required field.");
          assertThat(e.getMessage()).contains("title: Missing data for required field.");
        });
  }

  @Test
  void unknownEnumValuesUnexpectedNullsAndZonelessDatesParse() {
    wm.stubFor(get(ASSET_PATH).willReturn(okJson(Fixtures.readOffSpec("asset-live-quirks.json"))));

    Asset asset = client().assets().get(ASSET_ID);

    assertThat(asset.status()).isEqualTo(AssetStatus.UNKNOWN);
    assertThat(asset.type()).isEqualTo(AssetType.UNKNOWN);
    assertThat(asset.archiveStatus()).isNull();
    assertThat(asset.isOnline()).isNull();
    assertThat(asset.inCollections()).isEmpty();
    assertThat(asset.dateCreated()).isEqualTo(Instant.parse("2020-08-21T00:40:34.377229Z"));
    assertThat(asset.title()).isEqualTo("Live quirks");
  }

  @Test
  void theNaSlashApprovalStatusAndNullsInListsParse() {
    wm.stubFor(get("/API/assets/v1/assets/" + ASSET_ID + "/approvals/request/")
        .willReturn(okJson(Fixtures.read("approval.json"))));
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/assets/"))
        .willReturn(okJson("{\"objects\": [null, {\"id\": \"x\", \"title\": \"t\", \"status\": null}], \"next_url\": null}")));

    assertThat(client().assets().approval(ASSET_ID).approvalsBy().get(0).status())
        .isEqualTo(ApprovalStatus.NOT_APPLICABLE);
    assertThat(client().assets().list().stream().map(Asset::id)).containsExactly("x");
  }

  @Test
  void malformedJsonIsAnInvalidResponseNamingTheCall() {
    wm.stubFor(get(ASSET_PATH).willReturn(okJson("{\"id\": \"a1\", \"title\": ]}")));

    assertThatThrownBy(() -> client().assets().get(ASSET_ID))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining(ASSET_PATH);
  }

  @Test
  void aJsonNullBodyIsAnInvalidResponseNotANullPointer() {
    wm.stubFor(get(ASSET_PATH).willReturn(okJson("null")));

    assertThatThrownBy(() -> client().assets().get(ASSET_ID))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining(ASSET_ID).hasMessageContaining("JSON null");
  }

  @Test
  void tooManyRequestsIsRetriedAfterRetryAfter() {
    wm.stubFor(get(ASSET_PATH).inScenario("429").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("ok"));
    wm.stubFor(get(ASSET_PATH).inScenario("429").whenScenarioStateIs("ok")
        .willReturn(okJson(Fixtures.read("asset.json"))));

    assertThat(client().assets().get(ASSET_ID).title()).isEqualTo("Interview");
    assertThat(clients.waits).contains(Duration.ofSeconds(3));
    wm.verify(2, getRequestedFor(urlEqualTo(ASSET_PATH)));
  }

  @Test
  void aRejectedTokenIsRefreshedOnceThroughACachingProvider() {
    AtomicInteger fetches = new AtomicInteger();
    CachingCredentialsProvider rotating = CachingCredentialsProvider.builder(() ->
        Credential.of(TestClients.APP_ID, Secret.of("token-" + fetches.incrementAndGet()))).build();
    wm.stubFor(get(ASSET_PATH).withHeader("Auth-Token", equalTo("token-1"))
        .willReturn(aResponse().withStatus(401).withBody("{\"errors\": [\"Token is invalid\"]}")));
    wm.stubFor(get(ASSET_PATH).withHeader("Auth-Token", equalTo("token-2"))
        .willReturn(okJson(Fixtures.read("asset.json"))));

    assertThat(clients.client(wm.baseUrl(), rotating).assets().get(ASSET_ID).id()).isEqualTo(ASSET_ID);
    assertThat(fetches).hasValue(2);
  }

  @Test
  void aWrongTokenIsAnAuthenticationErrorWithoutTheToken() {
    wm.stubFor(get(ASSET_PATH).willReturn(aResponse().withStatus(401)
        .withBody("{\"errors\": [\"Token is invalid\"]}")));

    assertThatThrownBy(() -> client().assets().get(ASSET_ID))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Token is invalid")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN));
  }

  @Test
  void aNextUrlOnAnotherHostIsNotFollowedWithCredentials() {
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/assets/")).willReturn(okJson(
        "{\"objects\": [{\"id\": \"1\"}], \"next_url\": \"https://elsewhere.example.com/API/assets/v1/assets/?page=2\"}")));

    assertThatThrownBy(() -> client().assets().list().stream().toList())
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("next_url")
        .hasMessageContaining("elsewhere.example.com");
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void rawCallsGoThroughTheSameStackAndStayOnTheIconikHost() {
    wm.stubFor(post("/API/assets/v1/assets/" + ASSET_ID + "/history/")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"id\": \"h1\", \"operation_type\": \"CUSTOM\"}")));
    wm.stubFor(put("/API/assets/v1/assets/" + ASSET_ID + "/restore/").willReturn(aResponse().withStatus(204)));
    RawCalls raw = client().raw();

    Map<String, Object> created = raw.json("POST", "/API/assets/v1/assets/" + ASSET_ID + "/history/",
        Map.of("operation_type", "CUSTOM", "operation_description", "sent to OpenText"));
    Object nothing = raw.json("put", "API/assets/v1/assets/" + ASSET_ID + "/restore/", null);

    assertThat(created).containsEntry("id", "h1");
    assertThat(nothing).isNull();
    wm.verify(postRequestedFor(urlEqualTo("/API/assets/v1/assets/" + ASSET_ID + "/history/"))
        .withHeader("Auth-Token", equalTo(TestClients.TOKEN))
        .withRequestBody(equalToJson("{\"operation_type\": \"CUSTOM\", \"operation_description\": \"sent to OpenText\"}")));
    assertThatThrownBy(() -> raw.json("GET", "https://elsewhere.example.com/API/x/", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing to send credentials");
    assertThatThrownBy(() -> raw.json("TRACE", "API/x/", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretsStayOutOfToString() {
    var moshi = io.github.iconikopentext.iconik.internal.IconikJson.moshi();
    Webhook webhook = fromJson(moshi, Webhook.class, Fixtures.read("webhook.json"));
    AssetFile file = fromJson(moshi, AssetFile.class, Fixtures.read("file-created.json"));
    Storage storage = fromJson(moshi, IconikClientTest.StorageList.class, Fixtures.read("storages.json"))
        .objects().get(0);

    assertThat(webhook.headers()).containsEntry("X-Iconik-Secret", "s3cr3t-value");
    assertThat(webhook.toString()).contains("X-Iconik-Secret").doesNotContain("s3cr3t-value");
    assertThat(file.uploadUrl()).contains("X-Amz-Signature=abc123");
    assertThat(file.toString()).doesNotContain("abc123");
    assertThat(storage.toString()).doesNotContain("AKIAEXAMPLE");
    assertThat(client().toString()).doesNotContain(TestClients.TOKEN);
  }

  /** A typed envelope for reading a fixture list. */
  public record StorageList(List<Storage> objects) {}

  @Test
  void anEnvironmentWithoutIconikIsAConfigurationError() {
    var env = io.github.iconikopentext.core.Environment.builder("ot-only")
        .endpoint("opentext", "https://us.api.opentext.com").build();

    assertThatThrownBy(() -> IconikClient.builder(env, () -> null).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("no iconik base URL");
  }

  private static <T> T fromJson(com.squareup.moshi.Moshi moshi, Class<T> type, String json) {
    try {
      return moshi.adapter(type).fromJson(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
