package io.github.iconikopentext.opentext.cms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.error.RateLimitException;
import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.TestSupport;
import io.github.iconikopentext.opentext.TestSupport.MutableClock;
import io.github.iconikopentext.opentext.TestSupport.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpCmsServiceTest {
  private static final String TYPE_PATH = "/cms/instances/file/ot_asset";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private CmsService cms;

  @BeforeEach
  void setUp() {
    server.stubFor(post("/tenants/" + TENANT + "/oauth2/token").willReturn(okJson(tokenJson("tok", 3600))));
    cms = OpenTextClient.builder(TestSupport.environment(server.baseUrl()))
        .clientCredentials(TestSupport.client())
        .httpOptions(TestSupport.options(new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), sleeper))
        .build()
        .cms();
  }

  @Test
  void create_sendsSnakeCaseBodyWithRenditionPropertiesAndTraits_andReadsTheInstance() {
    server.stubFor(post(TYPE_PATH).willReturn(aResponse().withStatus(201).withHeader("Content-Type",
        "application/hal+json").withBody("""
        {"id":"a1","name":"clip.mp4","type":"ot_asset","category":"file","parent_folder_id":"f1",
         "content_size":1024,"create_time":"2024-10-02T17:06:00.314064+00:00",
         "properties":{"duration":12,"ratio":1.5,"title":"Clip"},
         "traits":{"iconik_view":{"Default":{"reviewed":true}}},
         "_links":{"urn:eim:linkrel:download-media":{"href":"https://x/download"}}}""")));

    CmsInstance created = cms.create(Category.FILE, "ot_asset", InstanceRequest.builder("clip.mp4")
        .parentFolderId("f1")
        .rendition(Rendition.primary("clip.mp4", "css-1", "video/mp4", 1024))
        .property("title", "Clip")
        .trait("iconik_view", "Default", Map.of("reviewed", true))
        .build());

    server.verify(postRequestedFor(urlPathEqualTo(TYPE_PATH)).withRequestBody(equalToJson("""
        {"name":"clip.mp4","parent_folder_id":"f1",
         "renditions":[{"name":"clip.mp4","rendition_type":"primary","source":"FILE_ID","blob_id":"css-1",
                        "mime_type":"video/mp4","content_size":1024}],
         "properties":{"title":"Clip"},
         "traits":{"iconik_view":{"Default":{"reviewed":true}}}}""")));
    assertThat(created.ref()).isEqualTo(InstanceRef.file("ot_asset", "a1"));
    assertThat(created.property("duration")).contains(12L);
    assertThat(created.property("ratio")).contains(1.5);
    assertThat(created.trait("iconik_view", "Default")).contains(Map.of("reviewed", true));
    assertThat(created.contentSize()).isEqualTo(1024L);
    assertThat(created.createTime()).isEqualTo(Instant.parse("2024-10-02T17:06:00.314064Z"));
    assertThat(created.link("urn:eim:linkrel:download-media")).contains("https://x/download");
  }

  @Test
  void unknownCategoryAndAttributeTypes_readAsUnknown() {
    server.stubFor(get("/cms/type-definitions/ot_asset").willReturn(okJson("""
        {"name":"ot_asset","category":"hologram","attributes":[{"name":"a","data_type":"quaternion"}]}""")));

    TypeDefinition type = cms.typeDefinition("ot_asset");

    assertThat(type.category()).isEqualTo(Category.UNKNOWN);
    assertThat(type.attributes()).extracting(AttributeDefinition::dataType).containsExactly(AttributeType.UNKNOWN);
  }

  @Test
  void list_sendsQueryOptions_andPagesUntilTheTotalIsReached() {
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).withQueryParam("page", equalTo("1"))
        .willReturn(okJson("{\"total\":3,\"_embedded\":{\"collection\":[{\"id\":\"1\"},{\"id\":\"2\"}]}}")));
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).withQueryParam("page", equalTo("2"))
        .willReturn(okJson("{\"total\":3,\"_embedded\":{\"collection\":[{\"id\":\"3\"}]}}")));

    List<CmsInstance> all = cms.list(Category.FILE, "ot_asset", InstanceQuery.filter("name eq 'x'")
        .withSortBy("create_time desc").withItemsPerPage(2)).stream().toList();

    assertThat(all).extracting(CmsInstance::id).containsExactly("1", "2", "3");
    server.verify(getRequestedFor(urlPathEqualTo(TYPE_PATH)).withQueryParam("page", equalTo("1"))
        .withQueryParam("items-per-page", equalTo("2")).withQueryParam("filter", equalTo("name eq 'x'"))
        .withQueryParam("sortby", equalTo("create_time desc")).withQueryParam("include-total", equalTo("true")));
    server.verify(2, getRequestedFor(urlPathEqualTo(TYPE_PATH)));
  }

  @Test
  void list_withoutTotal_stopsAtTheFirstShortPage_andReportsNoTotal() {
    server.stubFor(get(urlPathEqualTo(TYPE_PATH))
        .willReturn(okJson("{\"_embedded\":{\"collection\":[{\"id\":\"1\"}]}}")));

    Page<CmsInstance> first = cms.list(Category.FILE, "ot_asset", InstanceQuery.all().withIncludeTotal(false))
        .pages().iterator().next();

    assertThat(first.items()).hasSize(1);
    assertThat(first.hasNext()).isFalse();
    assertThat(first.totalCount()).isEmpty();
  }

  @Test
  void patch_move_acl_andNextVersion_useTheirPathsAndBodies() {
    String one = TYPE_PATH + "/a1";
    server.stubFor(patch(urlPathEqualTo(one)).willReturn(okJson("{\"id\":\"a1\"}")));
    server.stubFor(put(urlPathEqualTo(one + "/parent")).willReturn(okJson("{\"id\":\"a1\",\"parent_folder_id\":\"f2\"}")));
    server.stubFor(put(urlPathEqualTo(one + "/acl")).willReturn(aResponse().withStatus(204)));
    server.stubFor(post(urlPathEqualTo(one + "/nextVersion")).willReturn(okJson("{\"id\":\"a1\",\"version_no\":2}")));
    InstanceRef ref = InstanceRef.file("ot_asset", "a1");

    cms.patch(ref, InstancePatch.builder().property("title", null).trait("t", "i", Map.of("k", 1)).build());
    assertThat(cms.move(ref, "f2").parentFolderId()).isEqualTo("f2");
    cms.setAcl(ref, "acl-9");
    assertThat(cms.nextVersion(ref, null).versionNo()).isEqualTo(2L);

    server.verify(patchRequestedFor(urlPathEqualTo(one))
        .withRequestBody(equalToJson("{\"properties\":{\"title\":null},\"traits\":{\"t\":{\"i\":{\"k\":1}}}}")));
    server.verify(putRequestedFor(urlPathEqualTo(one + "/parent")).withRequestBody(equalToJson("{\"id\":\"f2\"}")));
    server.verify(putRequestedFor(urlPathEqualTo(one + "/acl")).withRequestBody(equalToJson("{\"id\":\"acl-9\"}")));
  }

  @Test
  void a429_isRetriedAfterTheBackoff() {
    server.stubFor(get(TYPE_PATH + "/a1").inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429)).willSetStateTo("retry-after"));
    server.stubFor(get(TYPE_PATH + "/a1").inScenario("rl").whenScenarioStateIs("retry-after")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("ok"));
    server.stubFor(get(TYPE_PATH + "/a1").inScenario("rl").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"a1\"}")));

    assertThat(cms.get(InstanceRef.file("ot_asset", "a1")).id()).isEqualTo("a1");

    server.verify(3, getRequestedFor(urlPathEqualTo(TYPE_PATH + "/a1")));
    assertThat(sleeper.waits).contains(Duration.ofMillis(250), Duration.ofSeconds(3));
  }

  @Test
  void a429OnCreate_isRetried_butA503IsNot() {
    server.stubFor(post(TYPE_PATH).willReturn(aResponse().withStatus(429)));

    assertThatThrownBy(() -> cms.create(Category.FILE, "ot_asset", InstanceRequest.builder("x").build()))
        .isInstanceOf(RateLimitException.class);
    server.verify(4, postRequestedFor(urlPathEqualTo(TYPE_PATH))); // a 429 means the create was not processed

    server.resetRequests();
    server.stubFor(post(TYPE_PATH).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> cms.create(Category.FILE, "ot_asset", InstanceRequest.builder("x").build()))
        .isInstanceOf(io.github.iconikopentext.core.error.ServerException.class);
    server.verify(1, postRequestedFor(urlPathEqualTo(TYPE_PATH)));
  }

  @Test
  void springStyleErrors_andMalformedBodies_becomeTypedExceptions() {
    server.stubFor(get(TYPE_PATH + "/bad").willReturn(aResponse().withStatus(400).withBody(
        "{\"timestamp\":\"2024\",\"status\":400,\"error\":\"Bad Request\",\"message\":\"Invalid filter\","
            + "\"errorCode\":\"CMS-1001\",\"path\":\"/cms/instances\"}")));
    server.stubFor(get(TYPE_PATH + "/broken").willReturn(okJson("{\"id\": [")));

    assertThatThrownBy(() -> cms.get(InstanceRef.file("ot_asset", "bad")))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("Invalid filter")
        .hasMessageContaining("CMS-1001");
    assertThatThrownBy(() -> cms.get(InstanceRef.file("ot_asset", "broken")))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining(TYPE_PATH + "/broken");
  }

  @Test
  void definitionsAndRenditions_readHalCollections() {
    server.stubFor(get("/cms/trait-definitions").willReturn(okJson(
        "{\"_embedded\":{\"collection\":[{\"name\":\"iconik_view\",\"attributes\":[{\"name\":\"reviewed\","
            + "\"data_type\":\"boolean\",\"required\":true}]}]}}")));
    server.stubFor(get(TYPE_PATH + "/a1/contents").willReturn(okJson(
        "{\"_embedded\":{\"collection\":[{\"id\":\"r1\",\"rendition_type\":\"primary\",\"blob_id\":\"css-1\"}]}}")));

    assertThat(cms.traitDefinitions()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("iconik_view");
      assertThat(t.attributes().get(0).dataType()).isEqualTo(AttributeType.BOOLEAN);
    });
    assertThat(cms.renditions(InstanceRef.file("ot_asset", "a1"))).extracting(Rendition::blobId)
        .containsExactly("css-1");
  }
}
