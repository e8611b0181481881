package io.github.iconikopentext.iconik;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.ListOptions;
import io.github.iconikopentext.iconik.model.MetadataField;
import io.github.iconikopentext.iconik.model.SearchDocType;
import io.github.iconikopentext.iconik.model.SearchFilter;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.model.SearchSort;
import io.github.iconikopentext.iconik.model.SearchTerm;
import io.github.iconikopentext.iconik.spec.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The three paging styles: relative next_url links, search_after cursors, and the fields' last_field_name keyset. */
class PagingTest {
  private static final String ASSETS = "/API/assets/v1/assets/";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final IconikClient iconik = new TestClients().client(wm.baseUrl());

  @Test
  void listsFollowRelativeNextUrlsAcrossThreePages() {
    wm.stubFor(get(urlPathEqualTo(ASSETS)).withQueryParam("per_page", equalTo("2")).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(Fixtures.read("assets-page-2.json"))));
    wm.stubFor(get(urlPathEqualTo(ASSETS)).withQueryParam("per_page", equalTo("2")).withQueryParam("page", equalTo("3"))
        .willReturn(okJson(Fixtures.read("assets-page-3.json"))));
    wm.stubFor(get(urlPathEqualTo(ASSETS)).withQueryParam("per_page", equalTo("2"))
        .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson(Fixtures.read("assets-page-1.json"))));

    List<String> titles = iconik.assets().list(ListOptions.perPage(2)).stream().map(Asset::title).toList();

    assertThat(titles).containsExactly("One", "Two", "Three", "Four", "Five");
    wm.verify(3, getRequestedFor(urlPathEqualTo(ASSETS)));
    wm.verify(1, getRequestedFor(urlPathEqualTo(ASSETS)).withQueryParam("page", equalTo("3")));
  }

  @Test
  void pagesExposeTheServersTotalAndStopEarlyWithoutFetchingMore() {
    wm.stubFor(get(urlPathEqualTo(ASSETS)).willReturn(okJson(Fixtures.read("assets-page-1.json"))));

    Page<Asset> first = iconik.assets().list().pages().iterator().next();
    assertThat(iconik.assets().list().stream().findFirst()).isPresent();

    assertThat(first.total()).isEqualTo(5L);
    assertThat(first.hasNext()).isTrue();
    wm.verify(2, getRequestedFor(urlPathEqualTo(ASSETS)));
  }

  @Test
  void searchPagesDeeplyWithSearchAfterTheLastSortValues() {
    String path = "/API/search/v1/search/";
    wm.stubFor(post(urlPathEqualTo(path)).withRequestBody(matchingJsonPath("$.search_after"))
        .willReturn(okJson(Fixtures.read("search-page-2.json"))));
    wm.stubFor(post(urlPathEqualTo(path)).withRequestBody(
            com.github.tomakehurst.wiremock.client.WireMock.not(matchingJsonPath("$.search_after")))
        .willReturn(okJson(Fixtures.read("search-page-1.json"))));
    SearchRequest request = SearchRequest.builder()
        .query("news")
        .docTypes(SearchDocType.ASSETS)
        .filter(SearchFilter.and(SearchTerm.equalTo("status", "ACTIVE")))
        .sort(SearchSort.asc("date_created"))
        .sort(SearchSort.asc("id"))
        .perPage(2)
        .build();

    List<SearchHit> hits = iconik.search().search(request).stream().toList();

    assertThat(hits).extracting(SearchHit::title).containsExactly("One", "Two", "Three");
    wm.verify(2, postRequestedFor(urlPathEqualTo(path)));
    wm.verify(postRequestedFor(urlPathEqualTo(path))
        .withQueryParam("per_page", equalTo("2"))
        .withQueryParam("generate_signed_url", equalTo("false"))
        .withRequestBody(equalToJson("""
            {"query": "news", "doc_types": ["assets"],
             "filter": {"operator": "AND", "terms": [{"name": "status", "value": "ACTIVE"}], "filters": []},
             "sort": [{"name": "date_created", "order": "asc"}, {"name": "id", "order": "asc"}],
             "search_after": [1727888761000, "a2222222-2222-4222-8222-222222222222"]}""")));
  }

  @Test
  void metadataFieldsPageByLastFieldName() {
    String path = "/API/metadata/v1/fields/";
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("last_field_name", equalTo("keywords"))
        .willReturn(okJson(Fixtures.read("metadata-fields-page-2.json"))));
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("last_field_name", com.github.tomakehurst.wiremock.client.WireMock.absent())
        .willReturn(okJson(Fixtures.read("metadata-fields-page-1.json"))));

    List<String> names = new ArrayList<>();
    iconik.metadata().fields(2).forEach(f -> names.add(f.name()));

    assertThat(names).containsExactly("title_text", "keywords", "episode");
    wm.verify(2, getRequestedFor(urlPathEqualTo(path)).withQueryParam("per_page", equalTo("2")));
    assertThat(iconik.metadata().fields(2).stream().map(MetadataField::fieldType).toList()).hasSize(3);
  }
}
