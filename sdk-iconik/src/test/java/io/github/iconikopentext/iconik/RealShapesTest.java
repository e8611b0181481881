package io.github.iconikopentext.iconik;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetVersionStatus;
import io.github.iconikopentext.iconik.model.Collection;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.FacetBucket;
import io.github.iconikopentext.iconik.model.FileStatus;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.JobStatus;
import io.github.iconikopentext.iconik.model.KeyframeType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.ObjectMetadata;
import io.github.iconikopentext.iconik.model.OtherContent;
import io.github.iconikopentext.iconik.model.ProcessingStatus;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchPage;
import io.github.iconikopentext.iconik.model.SearchRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The members real iconik answers carry come through the typed API, and odd shapes of unneeded members do no harm. */
class RealShapesTest {
  private static final String A = "a1111111-1111-4111-8111-111111111111";
  private static final String C = "c1111111-1111-4111-8111-111111111111";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final IconikClient iconik = new TestClients().client(wm.baseUrl());

  @Test
  void anAssetKeepsItsVersionsAndProcessingStates() {
    wm.stubFor(get("/API/assets/v1/assets/" + A + "/").willReturn(okJson("""
        {"id": "%s", "title": "t", "analyze_status": "N/A", "date_imported": "2021-07-30T15:16:54.406392+00:00",
         "versions": [{"id": "v1", "status": "ACTIVE", "transcribe_status": "DONE", "is_online": false,
                       "date_created": "2021-07-30T15:16:54.408949+00:00"}]}""".formatted(A))));

    Asset asset = iconik.assets().get(A);

    assertThat(asset.analyzeStatus()).isEqualTo(ProcessingStatus.NOT_APPLICABLE);
    assertThat(asset.dateImported()).isEqualTo(Instant.parse("2021-07-30T15:16:54.406392Z"));
    assertThat(asset.versions()).singleElement().satisfies(v -> {
      assertThat(v.id()).isEqualTo("v1");
      assertThat(v.status()).isEqualTo(AssetVersionStatus.ACTIVE);
      assertThat(v.transcribeStatus()).isEqualTo(ProcessingStatus.DONE);
    });
  }

  @Test
  void unneededMembersOfAnUnexpectedShapeDoNotFailTheResponse() {
    wm.stubFor(get("/API/assets/v1/assets/" + A + "/").willReturn(okJson("""
        {"id": "%s", "title": {"en": "t"}, "is_online": "maybe", "versions": {"id": "v1"},
         "in_collections": "c1", "date_created": "last week", "category": 7, "status": "ACTIVE"}""".formatted(A))));

    Asset asset = iconik.assets().get(A);

    assertThat(asset.id()).isEqualTo(A);
    assertThat(asset.title()).isNull();
    assertThat(asset.isOnline()).isNull();
    assertThat(asset.versions()).isEmpty();
    assertThat(asset.inCollections()).isEmpty();
    assertThat(asset.dateCreated()).isNull();
    assertThat(asset.category()).isEqualTo("7");
  }

  @Test
  void aNeededMemberOfTheWrongShapeFailsNamingIt() {
    wm.stubFor(get("/API/assets/v1/assets/" + A + "/").willReturn(okJson("{\"id\": {\"uuid\": \"x\"}}")));
    wm.stubFor(get("/API/jobs/v1/jobs/j1/").willReturn(okJson("{\"id\": \"j1\", \"status\": [\"FINISHED\"]}")));
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/assets/")).willReturn(okJson("{\"objects\": {\"id\": \"x\"}}")));

    assertThatThrownBy(() -> iconik.assets().get(A)).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("$.id");
    assertThatThrownBy(() -> iconik.jobs().get("j1")).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("$.status");
    assertThatThrownBy(() -> iconik.assets().list().stream().toList()).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("$.objects");
  }

  @Test
  void collectionContentsAreAssetsSubCollectionsOrKeptWhole() {
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/collections/" + C + "/contents/")).willReturn(okJson("""
        {"objects": [{"id": "c2", "object_type": "collections", "title": "Sub"},
                     {"id": "a2", "object_type": "assets", "title": "Clip", "type": "SUBCLIP"},
                     {"id": "a3", "title": "No type"},
                     {"id": "s1", "object_type": "saved_searches", "title": "Later", "criteria": {"q": 1}}]}""")));

    List<CollectionContent> items = iconik.collections().contents(C).stream().toList();

    assertThat(items).hasSize(4);
    assertThat(items.get(0)).isInstanceOfSatisfying(Collection.class, c -> assertThat(c.title()).isEqualTo("Sub"));
    assertThat(items.get(1)).isInstanceOfSatisfying(Asset.class, a -> assertThat(a.title()).isEqualTo("Clip"));
    assertThat(items.get(2)).isInstanceOf(Asset.class);
    assertThat(items.get(3)).isInstanceOfSatisfying(OtherContent.class, o -> {
      assertThat(o.id()).isEqualTo("s1");
      assertThat(o.objectType()).isEqualTo("saved_searches");
      assertThat(o.json()).containsKey("criteria").containsEntry("title", "Later");
    });
    assertThat(items.stream().map(CollectionContent::id)).containsExactly("c2", "a2", "a3", "s1");
  }

  @Test
  void searchAsksForFacetsAndReturnsThemWithFullHits() {
    wm.stubFor(post(urlPathEqualTo("/API/search/v1/search/")).willReturn(okJson("""
        {"objects": [{"id": "a1", "object_type": "assets", "type": "ASSET", "media_type": "video",
                      "duration": "00:28:45:01", "is_online": true, "archive_status": "NOT_ARCHIVED",
                      "proxies": [{"id": "p1", "status": "CLOSED", "bit_rate": 3594074,
                                   "resolution": {"width": 1280, "height": 720},
                                   "url": "https://s3.example/p.mp4?X-Amz-Signature=abc"}],
                      "keyframes": [{"id": "k0", "type": "KEYFRAME_MAP"}, {"id": "k1", "type": "KEYFRAME",
                                     "url": "https://s3.example/k.jpg?X-Amz-Signature=def"}],
                      "files": [{"id": "f1", "size": 1752552962, "storage_method": "S3"}],
                      "formats": [{"id": "fm1", "name": "ORIGINAL", "metadata": [{"frame_rate": "29.970"}]}],
                      "versions": [{"id": "v1"}], "_sort": ["x", "a1"]}],
         "facets": {"is_online": {"buckets": [{"doc_count": 2, "key": 1, "key_as_string": "true"}],
                                  "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0}},
         "total": 1, "page": 1, "pages": 1, "per_page": 50}""")));

    SearchPage page = iconik.search().page(SearchRequest.builder().query("RC Lens").facets("is_online", "media_type")
        .build());

    wm.verify(postRequestedFor(urlPathEqualTo("/API/search/v1/search/")).withRequestBody(equalToJson(
        "{\"query\": \"RC Lens\", \"facets\": [\"is_online\", \"media_type\"]}", true, true)));
    assertThat(page.total()).isEqualTo(1L);
    assertThat(page.facets().get("is_online").buckets()).containsExactly(new FacetBucket("1", "true", 2L));
    assertThat(page.lastSort()).containsExactly("x", "a1");
    SearchHit hit = page.hits().get(0);
    assertThat(hit.mediaType()).isEqualTo("video");
    assertThat(hit.duration()).isEqualTo("00:28:45:01");
    assertThat(hit.files().get(0).size()).isEqualTo(1_752_552_962L);
    assertThat(hit.formats().get(0).metadata()).containsExactly(java.util.Map.of("frame_rate", "29.970"));
    assertThat(hit.playableProxy()).get().satisfies(p -> {
      assertThat(p.url()).endsWith("X-Amz-Signature=abc");
      assertThat(p.resolution().width()).isEqualTo(1280);
      assertThat(p.toString()).doesNotContain("abc");
    });
    assertThat(hit.thumbnail()).get().satisfies(k -> {
      assertThat(k.type()).isEqualTo(KeyframeType.KEYFRAME);
      assertThat(k.toString()).doesNotContain("def");
    });
    assertThat(hit.proxies().get(0).status()).isEqualTo(FileStatus.CLOSED);
  }

  @Test
  void theNextSearchPageContinuesAfterTheLastSortValues() {
    wm.stubFor(post(urlPathEqualTo("/API/search/v1/search/")).willReturn(okJson("{\"objects\": []}")));

    iconik.search().page(SearchRequest.builder().build(), List.of("x", "a1"));

    wm.verify(postRequestedFor(urlPathEqualTo("/API/search/v1/search/")).withRequestBody(equalToJson(
        "{\"search_after\": [\"x\", \"a1\"]}", true, true)));
  }

  @Test
  void metadataKeepsPerFieldDatesAndTheObjectsRecord() {
    wm.stubFor(get("/API/metadata/v1/assets/" + A + "/views/v/").willReturn(okJson("""
        {"date_created": "2025-07-14T14:07:34.309Z", "date_modified": "2025-07-15T09:00:00Z", "job_id": "job-456",
         "object_id": "%s", "object_type": "assets", "version_id": "version-456",
         "metadata_values": {"title": {"date_created": "2025-07-14T14:07:34.309Z",
                                       "field_values": [{"value": "Updated"}]}}}""".formatted(A))));

    ObjectMetadata read = iconik.metadata().objectMetadata("assets", A, "v");

    assertThat(read.versionId()).isEqualTo("version-456");
    assertThat(read.jobId()).isEqualTo("job-456");
    assertThat(read.dateModified()).isEqualTo(Instant.parse("2025-07-15T09:00:00Z"));
    assertThat(read.values().string("title")).hasValue("Updated");
    assertThat(read.values().dateCreated("title")).hasValue(Instant.parse("2025-07-14T14:07:34.309Z"));
    assertThat(read.values().dateCreated("description")).isEmpty();
  }

  @Test
  void valuesChangedAndWrittenBackDoNotClaimTheReadDates() {
    wm.stubFor(get("/API/metadata/v1/assets/" + A + "/views/v/").willReturn(okJson("""
        {"metadata_values": {"title": {"date_created": "2025-07-14T14:07:34.309Z",
                                       "field_values": [{"value": "Old"}]}}}""")));
    wm.stubFor(put("/API/metadata/v1/assets/" + A + "/views/v/").willReturn(okJson("{\"metadata_values\": {}}")));

    MetadataValues read = iconik.metadata().assetValues(A, "v");
    iconik.metadata().putAssetValues(A, "v", read.toBuilder().put("title", "New").build());

    wm.verify(putRequestedFor(urlPathEqualTo("/API/metadata/v1/assets/" + A + "/views/v/")).withRequestBody(
        equalToJson("{\"metadata_values\": {\"title\": {\"field_values\": [{\"value\": \"New\"}],"
            + " \"mode\": \"overwrite\"}}}")));
  }

  @Test
  void aJobKeepsItsActionContextAndChildrenProgress() {
    wm.stubFor(get("/API/jobs/v1/jobs/j1/").willReturn(okJson("""
        {"id": "j1", "status": "STARTED",
         "action_context": {"ABORT": {"url": "/API/jobs/v1/jobs/j1/", "bulk": false}},
         "children_progress": {"FINISHED": {"progress_processed": 3, "progress_total": 5, "status": "FINISHED"}}}""")));

    Job job = iconik.jobs().get("j1");

    assertThat(job.actionContext().get("ABORT").url()).isEqualTo("/API/jobs/v1/jobs/j1/");
    assertThat(job.actionContext().get("ABORT").bulk()).isFalse();
    assertThat(job.childrenProgress().get("FINISHED").status()).isEqualTo(JobStatus.FINISHED);
    assertThat(job.childrenProgress().get("FINISHED").progressProcessed()).isEqualTo(3L);
  }
}
