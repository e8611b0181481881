package io.github.iconikopentext.opentext.cms;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.iconikopentext.opentext.TestSupport.TENANT;
import static io.github.iconikopentext.opentext.TestSupport.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.TestSupport;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * CMS answers in every shape OpenText may send — no public capture exists, so both readings of {@code page} and of
 * {@code created_by}/{@code updated_by}/{@code owner} must work — and the same tolerance as iconik's models.
 */
class CmsShapesTest {
  private static final String TYPE_PATH = "/cms/instances/file/cms_file";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private CmsService cms;

  @BeforeEach
  void setUp() {
    server.stubFor(post("/tenants/" + TENANT + "/oauth2/token").willReturn(okJson(tokenJson("tok", 3600))));
    cms = OpenTextClient.builder(TestSupport.environment(server.baseUrl())).clientCredentials(TestSupport.client())
        .build().cms();
  }

  private List<CmsInstance> list(int perPage) {
    return cms.list(Category.FILE, "cms_file", InstanceQuery.all().withItemsPerPage(perPage)).stream().toList();
  }

  @Test
  void aBarePageNumberReadsAndPagingStopsAtAShortPage() {
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).willReturn(okJson("""
        {"_embedded": {"collection": [{"id": "i1", "name": "a.pdf", "category": "file"}]},
         "page": 1, "itemsPerPage": 10}""")));

    assertThat(list(10)).extracting(CmsInstance::id).containsExactly("i1");
    server.verify(1, getRequestedFor(urlPathEqualTo(TYPE_PATH)));
  }

  @Test
  void aSpringPageObjectGivesTheTotal_inCamelOrSnakeCase() {
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).withQueryParam("page", equalTo("1")).willReturn(okJson("""
        {"_embedded": {"collection": [{"id": "i1"}, {"id": "i2"}]},
         "page": {"size": 2, "totalElements": 3, "totalPages": 2, "number": 0}}""")));
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).withQueryParam("page", equalTo("2")).willReturn(okJson("""
        {"_embedded": {"collection": [{"id": "i3"}]},
         "page": {"size": 2, "total_elements": "3", "total_pages": 2, "number": 1}}""")));

    Page<CmsInstance> first = cms.list(Category.FILE, "cms_file", InstanceQuery.all().withItemsPerPage(2))
        .pages().iterator().next();

    assertThat(first.totalCount()).contains(3L);
    assertThat(list(2)).extracting(CmsInstance::id).containsExactly("i1", "i2", "i3");
  }

  @Test
  void identitiesReadFromUserObjectsOrBareIds_andEtagFromANumber() {
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).willReturn(okJson("""
        {"_embedded": {"collection": [
          {"id": "i1", "etag": 7, "owner": "u-owner",
           "created_by": {"id": "u1", "identity_type": "user", "first_name": "P", "last_name": "Robe",
                          "service_account": false, "email": "p@example.invalid"},
           "updated_by": "u2"},
          {"id": "i2", "etag": "W/\\"3\\"", "created_by": {"id": "svc", "service_account": true}}]}}""")));

    List<CmsInstance> items = list(10);

    CmsInstance first = items.get(0);
    assertThat(first.etag()).isEqualTo("7");
    assertThat(first.createdBy().id()).isEqualTo("u1");
    assertThat(first.createdBy().displayName()).isEqualTo("P Robe");
    assertThat(first.createdBy().serviceAccount()).isFalse();
    assertThat(first.updatedBy()).isEqualTo(CmsIdentity.of("u2"));
    assertThat(first.updatedBy().isIdOnly()).isTrue();
    assertThat(first.owner().id()).isEqualTo("u-owner");
    assertThat(items.get(1).etag()).isEqualTo("W/\"3\"");
    assertThat(items.get(1).createdBy().serviceAccount()).isTrue();
    assertThat(items.get(1).createdBy().displayName()).isEqualTo("svc");
  }

  @Test
  void unneededMembersOfAnUnexpectedShapeDoNotFailTheList() {
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).willReturn(okJson("""
        {"_embedded": {"collection": [
          {"id": "i1", "name": {"en": "a.pdf"}, "category": "hologram", "content_size": "big",
           "create_time": 17, "created_by": [1, 2], "properties": ["x"], "renditions": {"primary": {}}}]},
         "_links": ["self"], "page": "first", "total": {"n": 1}}""")));

    CmsInstance item = list(10).get(0);

    assertThat(item.id()).isEqualTo("i1");
    assertThat(item.name()).isNull();
    assertThat(item.category()).isEqualTo(Category.UNKNOWN);
    assertThat(item.contentSize()).isNull();
    assertThat(item.createTime()).isNull();
    assertThat(item.createdBy()).isNull();
    assertThat(item.properties()).isNull();
    assertThat(item.renditions()).isNull();
  }

  @Test
  void anInstanceIdOfTheWrongShapeFailsNamingIt() {
    server.stubFor(get(urlPathEqualTo(TYPE_PATH)).willReturn(okJson(
        "{\"_embedded\": {\"collection\": [{\"id\": {\"value\": \"i1\"}}]}}")));

    assertThatThrownBy(() -> list(10)).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("$._embedded.collection[0].id");
  }
}
