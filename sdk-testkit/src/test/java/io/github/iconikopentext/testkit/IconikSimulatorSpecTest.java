package io.github.iconikopentext.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.CustomActionContext;
import io.github.iconikopentext.iconik.model.CustomActionRequest;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import io.github.iconikopentext.iconik.spec.IconikOpenApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The simulator's answers satisfy iconik's official response schemas, so tests written against it hold against
 * iconik. Where the spec declares an odd success status (201 for some GETs) the body is checked against that
 * declared response; the simulator answers 200 like the live API.
 */
class IconikSimulatorSpecTest {
  private static final IconikSimulator sim = IconikSimulator.start();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static String asset;
  private static String collection;
  private static String view;
  private static String storage;
  private static IconikSimulator.SeededFile file;
  private static String job;
  private static String webhook;
  private static String action;
  private static String savedSearch;

  @BeforeAll
  static void seed() {
    IconikClient iconik = IconikClient.builder(sim.environment(), sim.credentials()).build();
    storage = sim.seedStorage("Main", StoragePurpose.FILES);
    asset = iconik.assets().create(AssetRequest.builder().title("Spec").externalId("e1").build()).id();
    sim.seedAsset("Second");
    collection = sim.seedCollection("Deliveries");
    iconik.collections().addAsset(collection, asset);
    view = sim.seedMetadataView("Delivery", Map.of("episode", MetadataFieldType.INTEGER,
        "air_date", MetadataFieldType.DATE));
    iconik.metadata().putAssetValues(asset, view, MetadataValues.builder().put("episode", 3).build());
    file = sim.seedFile(asset, "clip.mp4", new byte[] {1, 2, 3});
    job = iconik.jobs().create(JobRequest.builder("Transfer", JobType.TRANSFER).progress(1, 2).build()).id();
    webhook = iconik.webhooks().create(WebhookRequest.builder("http://127.0.0.1:9/hook", "assets")
        .header("X-Secret", "s").build()).id();
    action = iconik.customActions().create(CustomActionRequest.builder(CustomActionContext.ASSET, "Send",
        "http://127.0.0.1:9/action").build()).id();
    savedSearch = sim.seedSavedSearch("Specs", "spec");
    iconik.files().downloadUrl(asset, file.fileId()); // a DOWNLOAD in the history the statistics count
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private record Call(String method, String path, String specPath, String body) {}

  @TestFactory
  List<DynamicTest> answersMatchTheOfficialResponseSchemas() {
    String a = "/API/assets/v1/assets/" + asset + "/";
    String files = "/API/files/v1/assets/" + asset + "/";
    List<Call> calls = List.of(
        new Call("GET", "/API/assets/v1/assets/?per_page=1", null, null),
        new Call("GET", a, null, null),
        new Call("POST", "/API/assets/v1/assets/", null, "{\"title\": \"New\"}"),
        new Call("PATCH", a, null, "{\"category\": \"news\"}"),
        new Call("GET", a + "history/", null, null),
        new Call("POST", a + "approvals/request/", "/API/assets/v1/{object_type}/{object_id}/approvals/request/",
            "{\"users\": [\"" + sim.userId() + "\"]}"),
        new Call("GET", a + "approvals/request/", "/API/assets/v1/{object_type}/{object_id}/approvals/request/", null),
        new Call("PUT", a + "approvals/", "/API/assets/v1/{object_type}/{object_id}/approvals/",
            "{\"status\": \"APPROVED\"}"),
        new Call("GET", "/API/assets/v1/collections/", null, null),
        new Call("GET", "/API/assets/v1/collections/" + collection + "/", null, null),
        new Call("POST", "/API/assets/v1/collections/", null, "{\"title\": \"Child\", \"parent_id\": \"" + collection + "\"}"),
        new Call("GET", "/API/assets/v1/collections/" + collection + "/contents/", null, null),
        new Call("GET", "/API/metadata/v1/views/", null, null),
        new Call("GET", "/API/metadata/v1/views/" + view + "/", null, null),
        new Call("GET", "/API/metadata/v1/fields/", null, null),
        new Call("GET", "/API/metadata/v1/assets/" + asset + "/views/" + view + "/",
            "/API/metadata/v1/{object_type}/{object_id}/views/{view_id}/", null),
        new Call("PUT", "/API/metadata/v1/assets/" + asset + "/views/" + view + "/",
            "/API/metadata/v1/{object_type}/{object_id}/views/{view_id}/",
            "{\"metadata_values\": {\"air_date\": {\"field_values\": [{\"value\": \"2024-05-01\"}]}}}"),
        new Call("GET", files + "formats/", null, null),
        new Call("GET", files + "formats/" + file.formatId() + "/", null, null),
        new Call("GET", files + "file_sets/", null, null),
        new Call("POST", files + "file_sets/", null, "{\"name\": \"b.mp4\", \"format_id\": \"" + file.formatId()
            + "\", \"storage_id\": \"" + storage + "\", \"base_dir\": \"in\", \"component_ids\": []}"),
        new Call("GET", files + "files/", null, null),
        new Call("GET", files + "files/" + file.fileId() + "/", null, null),
        new Call("PATCH", files + "files/" + file.fileId() + "/", null, "{\"status\": \"CLOSED\"}"),
        new Call("GET", files + "files/" + file.fileId() + "/download_url/", null, null),
        new Call("GET", "/API/files/v1/storages/", null, null),
        new Call("GET", "/API/files/v1/storages/" + storage + "/", null, null),
        new Call("GET", "/API/jobs/v1/jobs/", null, null),
        new Call("GET", "/API/jobs/v1/jobs/" + job + "/", null, null),
        new Call("PATCH", "/API/jobs/v1/jobs/" + job + "/", null, "{\"status\": \"FINISHED\", \"progress_processed\": 2}"),
        new Call("POST", "/API/jobs/v1/jobs/", null, "{\"title\": \"t\", \"type\": \"CUSTOM\", \"status\": \"READY\"}"),
        new Call("POST", "/API/search/v1/search/?per_page=5", null,
            "{\"doc_types\": [\"assets\"], \"sort\": [{\"name\": \"title\", \"order\": \"asc\"}]}"),
        new Call("POST", "/API/search/v1/search/?generate_signed_url=true", "/API/search/v1/search/",
            "{\"query\": \"Spec\", \"facets\": [\"media_type\", \"is_online\", \"type\"]}"),
        new Call("GET", "/API/search/v1/search/saved/" + savedSearch + "/?per_page=5", null, null),
        new Call("GET", "/API/stats/v1/user/audit/by/day/?from_date=2000-01-01", null, null),
        new Call("GET", "/API/stats/v1/user/audit/by/month/", null, null),
        new Call("GET", "/API/notifications/v1/webhooks/", null, null),
        new Call("GET", "/API/notifications/v1/webhooks/" + webhook + "/", null, null),
        new Call("GET", "/API/assets/v1/custom_actions/", null, null),
        new Call("GET", "/API/assets/v1/custom_actions/ASSET/", null, null),
        new Call("GET", "/API/assets/v1/custom_actions/ASSET/" + action + "/", null, null),
        new Call("GET", "/API/users/v1/users/current/", null, null),
        new Call("GET", "/API/settings/v1/system/current/", null, null),
        new Call("GET", "/API/assets/v1/assets/00000000-0000-4000-8000-000000000000/", null, null),
        new Call("POST", "/API/assets/v1/assets/", null, "{}"));
    List<DynamicTest> tests = new ArrayList<>();
    for (Call call : calls) {
      tests.add(DynamicTest.dynamicTest(call.method() + " " + call.path(), () -> check(call)));
    }
    return tests;
  }

  private static void check(Call call) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + call.path()))
        .header("App-ID", sim.appId()).header("Auth-Token", sim.authToken())
        .header("Content-Type", "application/json")
        .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(call.body()));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String specPath = call.specPath() != null ? call.specPath() : URI.create(call.path()).getPath();
    String status = declaredStatus(call.method(), specPath, response.statusCode());

    List<String> errors = IconikOpenApi.get().validateResponse(call.method(), specPath, status, response.body());

    assertThat(errors).as(call.method() + " " + call.path() + " → " + response.statusCode() + " " + response.body())
        .isEmpty();
  }

  /** The spec response to validate against: the actual status, the single declared 2xx, or the error default. */
  private static String declaredStatus(String method, String specPath, int actual) {
    IconikOpenApi spec = IconikOpenApi.get();
    IconikOpenApi.Operation op = spec.operationServing(method, specPath);
    JsonNode responses = spec.document(op.service()).path("paths").path(op.path())
        .path(method.toLowerCase(java.util.Locale.ROOT)).path("responses");
    if (actual >= 400) {
      return "default";
    }
    if (responses.has(Integer.toString(actual))) {
      return Integer.toString(actual);
    }
    List<String> success = new ArrayList<>();
    for (Iterator<String> it = responses.fieldNames(); it.hasNext(); ) {
      String code = it.next();
      if (code.startsWith("2")) {
        success.add(code);
      }
    }
    assertThat(success).as("2xx responses of " + method + " " + specPath).hasSize(1);
    return success.get(0);
  }
}
