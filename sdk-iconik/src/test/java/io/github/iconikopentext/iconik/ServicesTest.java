package io.github.iconikopentext.iconik;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.iconikopentext.iconik.model.ActivityPeriod;
import io.github.iconikopentext.iconik.model.ApprovalRequest;
import io.github.iconikopentext.iconik.model.ApprovalStatus;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.CustomActionContext;
import io.github.iconikopentext.iconik.model.CustomActionRequest;
import io.github.iconikopentext.iconik.model.FileRequest;
import io.github.iconikopentext.iconik.model.FileSetRequest;
import io.github.iconikopentext.iconik.model.FileStatus;
import io.github.iconikopentext.iconik.model.FormatRequest;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.iconik.model.UserActivityCount;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import io.github.iconikopentext.iconik.model.WebhookStatus;
import io.github.iconikopentext.iconik.spec.Fixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each service calls the documented method, path and body. */
class ServicesTest {
  private static final String A = "a1111111-1111-4111-8111-111111111111";
  private static final String C = "c1111111-1111-4111-8111-111111111111";
  private static final String FILES = "/API/files/v1/assets/" + A + "/";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final IconikClient iconik = new TestClients().client(wm.baseUrl());

  private static ResponseDefinitionBuilder created(String fixture) {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(Fixtures.read(fixture));
  }

  @Test
  void ingestCreatesFormatFileSetAndFileThenClosesIt() {
    wm.stubFor(post(FILES + "formats/").willReturn(created("format.json")));
    wm.stubFor(post(FILES + "file_sets/").willReturn(created("file-set.json")));
    wm.stubFor(post(FILES + "files/").willReturn(created("file-created.json")));
    wm.stubFor(patch(urlPathEqualTo(FILES + "files/f3333333-3333-4333-8333-333333333333/"))
        .willReturn(okJson(Fixtures.read("file-created.json").replace("\"OPEN\"", "\"CLOSED\""))));
    wm.stubFor(get(FILES + "files/f3333333-3333-4333-8333-333333333333/download_url/")
        .willReturn(okJson(Fixtures.read("download-url.json"))));
    wm.stubFor(get(FILES + "formats/ORIGINAL/").willReturn(okJson(Fixtures.read("format.json"))));

    var format = iconik.files().createFormat(A, FormatRequest.named("ORIGINAL").withStorageMethods("S3")
        .withMediaType("video/mp4"));
    var fileSet = iconik.files().createFileSet(A, FileSetRequest.of("interview.mp4", format.id(),
        "f4444444-4444-4444-8444-444444444444", "incoming"));
    AssetFile file = iconik.files().createFile(A, FileRequest.builder("interview.mp4", fileSet.id())
        .directoryPath("incoming").size(1048576).formatId(format.id()).storageId(fileSet.storageId()).build());
    AssetFile closed = iconik.files().closeFile(A, file.id());

    assertThat(file.uploadUrl()).startsWith("https://storage.example.com/");
    assertThat(closed.status()).isEqualTo(FileStatus.CLOSED);
    assertThat(iconik.files().downloadUrl(A, file.id())).contains("X-Amz-Signature=def456");
    assertThat(iconik.files().formatByName(A, "ORIGINAL").components()).hasSize(1);
    wm.verify(postRequestedFor(urlEqualTo(FILES + "formats/")).withRequestBody(equalToJson(
        "{\"name\": \"ORIGINAL\", \"storage_methods\": [\"S3\"], \"metadata\": [{\"internet_media_type\": \"video/mp4\"}]}")));
    wm.verify(postRequestedFor(urlEqualTo(FILES + "file_sets/")).withRequestBody(equalToJson(
        "{\"name\": \"interview.mp4\", \"format_id\": \"f1111111-1111-4111-8111-111111111111\","
            + " \"storage_id\": \"f4444444-4444-4444-8444-444444444444\", \"base_dir\": \"incoming\", \"component_ids\": []}")));
    wm.verify(postRequestedFor(urlEqualTo(FILES + "files/")).withRequestBody(equalToJson(
        "{\"original_name\": \"interview.mp4\", \"directory_path\": \"incoming\", \"size\": 1048576, \"type\": \"FILE\","
            + " \"status\": \"OPEN\", \"file_set_id\": \"f2222222-2222-4222-8222-222222222222\","
            + " \"format_id\": \"f1111111-1111-4111-8111-111111111111\", \"storage_id\": \"f4444444-4444-4444-8444-444444444444\"}")));
    wm.verify(patchRequestedFor(urlEqualTo(FILES + "files/" + file.id() + "/"))
        .withRequestBody(equalToJson("{\"status\": \"CLOSED\"}")));
  }

  @Test
  void storagesAndChecksumLookups() {
    wm.stubFor(get(urlPathEqualTo("/API/files/v1/storages/")).willReturn(okJson(Fixtures.read("storages.json"))));
    wm.stubFor(get(urlPathEqualTo("/API/files/v1/files/checksum/abc/")).willReturn(okJson(Fixtures.read("files.json"))));

    assertThat(iconik.files().storages().stream().toList()).singleElement()
        .satisfies(s -> assertThat(s.purpose()).isEqualTo(StoragePurpose.FILES));
    assertThat(iconik.files().filesByChecksum("abc").stream().toList()).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(FileStatus.CLOSED));
  }

  @Test
  void collectionsAddAndRemoveAssets() {
    String contents = "/API/assets/v1/collections/" + C + "/contents/";
    wm.stubFor(post(contents).willReturn(aResponse().withStatus(201)));
    wm.stubFor(delete(contents + "assets/" + A + "/").willReturn(aResponse().withStatus(204)));
    wm.stubFor(get(urlPathEqualTo(contents)).willReturn(okJson(Fixtures.read("collection-contents.json"))));

    iconik.collections().addAsset(C, A);
    iconik.collections().removeAsset(C, A);

    wm.verify(postRequestedFor(urlEqualTo(contents))
        .withRequestBody(equalToJson("{\"object_id\": \"" + A + "\", \"object_type\": \"assets\"}")));
    wm.verify(deleteRequestedFor(urlEqualTo(contents + "assets/" + A + "/")));
    assertThat(iconik.collections().contents(C).stream().map(a -> a.objectType()))
        .containsExactly("assets", "collections");
  }

  @Test
  void approvalsAreRequestedAndVotedOn() {
    String approvals = "/API/assets/v1/assets/" + A + "/approvals/";
    wm.stubFor(post(approvals + "request/").willReturn(created("approval.json")));
    wm.stubFor(put(approvals).willReturn(okJson("{\"user\": \"u1\", \"status\": \"APPROVED\"}")));

    var approval = iconik.assets().requestApproval(A, ApprovalRequest.ofUsers("u1").withMinNumber(1));
    var vote = iconik.assets().setApproval(A, ApprovalStatus.APPROVED);

    assertThat(approval.status()).isEqualTo(ApprovalStatus.REQUESTED);
    assertThat(vote.status()).isEqualTo(ApprovalStatus.APPROVED);
    wm.verify(postRequestedFor(urlEqualTo(approvals + "request/"))
        .withRequestBody(equalToJson("{\"users\": [\"u1\"], \"groups\": [], \"min_number\": 1}")));
    wm.verify(putRequestedFor(urlEqualTo(approvals)).withRequestBody(equalToJson("{\"status\": \"APPROVED\"}")));
  }

  @Test
  void webhooksCarryTheirHeadersAndAreUpdatedWithPut() {
    String webhooks = "/API/notifications/v1/webhooks/";
    String id = "f6666666-6666-4666-8666-666666666666";
    wm.stubFor(post(webhooks).willReturn(created("webhook.json")));
    wm.stubFor(put(webhooks + id + "/").willReturn(okJson(Fixtures.read("webhook.json"))));
    wm.stubFor(get(webhooks).willReturn(okJson(Fixtures.read("webhooks.json"))));
    WebhookRequest input = WebhookRequest.builder("https://bridge.example.com/iconik", "assets")
        .realm("files").operation("update").query("data.status=\"CLOSED\"")
        .header("X-Iconik-Secret", "s3cr3t-value").build();

    var created = iconik.webhooks().create(input);
    iconik.webhooks().update(created.id(), input);

    assertThat(created.status()).isEqualTo(WebhookStatus.ENABLED);
    assertThat(iconik.webhooks().list()).hasSize(1);
    assertThat(input.toString()).doesNotContain("s3cr3t-value");
    wm.verify(postRequestedFor(urlEqualTo(webhooks)).withRequestBody(equalToJson("""
        {"url": "https://bridge.example.com/iconik", "event_type": "assets", "realm": "files", "operation": "update",
         "status": "ENABLED", "headers": {"X-Iconik-Secret": "s3cr3t-value"}, "query": "data.status=\\"CLOSED\\""}""")));
    wm.verify(putRequestedFor(urlEqualTo(webhooks + id + "/")));
  }

  @Test
  void customActionsAreAddressedByContext() {
    String actions = "/API/assets/v1/custom_actions/ASSET/";
    wm.stubFor(post(actions).willReturn(created("custom-action.json")));
    wm.stubFor(get(actions).willReturn(okJson(Fixtures.read("custom-actions.json"))));
    wm.stubFor(delete(actions + "x/").willReturn(aResponse().withStatus(204)));

    var action = iconik.customActions().create(CustomActionRequest.builder(CustomActionContext.ASSET,
        "Send to OpenText", "https://bridge.example.com/actions").header("X-Action-Secret", "another-secret").build());
    iconik.customActions().delete(CustomActionContext.ASSET, "x");

    assertThat(action.context()).isEqualTo(CustomActionContext.ASSET);
    assertThat(action.toString()).doesNotContain("another-secret");
    assertThat(iconik.customActions().list(CustomActionContext.ASSET)).hasSize(1);
    wm.verify(postRequestedFor(urlEqualTo(actions)).withRequestBody(equalToJson("""
        {"context": "ASSET", "title": "Send to OpenText", "url": "https://bridge.example.com/actions", "type": "POST",
         "headers": {"X-Action-Secret": "another-secret"}}""")));
    wm.verify(deleteRequestedFor(urlEqualTo(actions + "x/")));
  }

  @Test
  void systemTellsTheUserAndTheDomain() {
    wm.stubFor(get("/API/users/v1/users/current/").willReturn(okJson(Fixtures.read("user-current.json"))));
    wm.stubFor(get("/API/settings/v1/system/current/").willReturn(okJson(Fixtures.read("system-current.json"))));

    assertThat(iconik.system().currentUser().email()).isEqualTo("bot@example.com");
    assertThat(iconik.system().systemDomainId()).isEqualTo("d1111111-1111-4111-8111-111111111111");
  }

  @Test
  void statsPageUserActivity_byPeriodAndDates() {
    String path = "/API/stats/v1/user/audit/by/day/";
    wm.stubFor(get(urlEqualTo(path + "?from_date=2026-11-01&to_date=2026-11-30")).willReturn(okJson("""
        {"objects": [{"id": "r1", "user_id": "u1", "user_name": "Ana", "user_email": "ana@example.com",
          "type": "DOWNLOAD", "date": "2026-11-03", "count": 7, "system_domain_id": "d1"}],
         "page": 1, "pages": 2, "per_page": 1, "total": 2, "next_url": "%s?page=2&per_page=1"}""".formatted(path))));
    wm.stubFor(get(urlEqualTo(path + "?page=2&per_page=1")).willReturn(okJson("""
        {"objects": [{"id": "r2", "user_id": "u2", "type": "EXPORT", "date": "2026-11-04", "count": 1,
          "future_member": true}], "page": 2, "pages": 2, "per_page": 1, "total": 2}""")));

    var rows = iconik.stats().userActivity(ActivityPeriod.DAY, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))
        .stream().toList();

    assertThat(rows).extracting(UserActivityCount::userId, UserActivityCount::type, UserActivityCount::count)
        .containsExactly(tuple("u1", "DOWNLOAD", 7L), tuple("u2", "EXPORT", 1L));
    assertThat(rows.get(0).userEmail()).isEqualTo("ana@example.com");
    assertThatThrownBy(() -> iconik.stats().userActivity(ActivityPeriod.MONTH, LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
  }

  @Test
  void savedSearchHitsArePagedByItsNextUrl() {
    String path = "/API/search/v1/search/saved/s1/";
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", absent()).willReturn(okJson("""
        {"id": "s1", "name": "Approved", "objects": [{"id": "%s", "object_type": "assets", "title": "One"}],
         "page": 1, "pages": 2, "per_page": 1, "total": 2, "next_url": "%s?page=2&per_page=1",
         "search_criteria_document": {"name": "Approved", "criteria": "{}"}}""".formatted(A, path))));
    wm.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo("2")).willReturn(okJson("""
        {"objects": [{"id": "%s", "object_type": "collections", "title": "Two"}], "page": 2, "pages": 2}"""
        .formatted(C))));

    assertThat(iconik.search().savedSearch("s1").stream().map(h -> h.id() + "/" + h.objectType()))
        .containsExactly(A + "/assets", C + "/collections");
    wm.verify(getRequestedFor(urlPathEqualTo(path)).withQueryParam("generate_signed_download_url", equalTo("false")));
    assertThatThrownBy(() -> iconik.search().savedSearch(" ")).hasMessageContaining("savedSearchId");
  }
}
