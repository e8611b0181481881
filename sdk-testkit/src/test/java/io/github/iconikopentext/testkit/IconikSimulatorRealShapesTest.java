package io.github.iconikopentext.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.iconikopentext.core.payloads.JsonTrees;
import io.github.iconikopentext.core.payloads.RealPayloads;
import io.github.iconikopentext.core.payloads.RealPayloads.Payload;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.AssetRequest;
import io.github.iconikopentext.iconik.model.CollectionRequest;
import io.github.iconikopentext.iconik.model.JobRequest;
import io.github.iconikopentext.iconik.model.JobType;
import io.github.iconikopentext.iconik.model.MetadataFieldType;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.StoragePurpose;
import io.github.iconikopentext.iconik.model.WebhookRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The simulator answers in the shapes iconik really sends: for every iconik payload of
 * {@code shared/reference/realworld-payloads}, the simulator's answer of the same kind carries every member the real
 * payload carries with a value (nested objects and the first element of lists compared the same way), except the
 * members listed in {@link #NOT_SIMULATED} with the reason. A payload of a kind the simulator cannot produce (a share
 * delivery, a custom-action POST) is named in {@link #KINDS_NOT_SIMULATED}. Members the real payload sends as JSON
 * {@code null} are not required: the official schemas, which the simulator also satisfies, often do not allow null.
 */
class IconikSimulatorRealShapesTest {
  /**
   * Member paths the simulator leaves out, as "kind path" ({@code []} for "any element"; a path covers its members),
   * and why.
   */
  static final Map<String, String> NOT_SIMULATED = Map.ofEntries(
      Map.entry("job $.related_objects", "the spec requires at least one element, so an empty list is left out"),
      Map.entry("job $.metadata", "free metadata: its keys are the job creator's"),
      Map.entry("metadata-values $.job_id", "only asynchronous metadata writes have a job"),
      Map.entry("error-body $.errors", "field errors name the request's fields"),
      Map.entry("webhook-definition $.headers", "header names are the subscriber's"),
      Map.entry("collection-contents-page1 $.next_url", "one page here; paging has its own tests"),
      Map.entry("fileset $.component_ids[]", "no media analysis, so formats have no components"),
      Map.entry("format $.components[]", "no media analysis, so formats have no components"),
      Map.entry("format $.metadata[]", "format metadata holds only the media type and size"),
      Map.entry("search $.objects[].duration", "no media analysis"),
      Map.entry("search $.objects[].format", "no media analysis"),
      Map.entry("search $.facets.format.buckets[]", "no media analysis, so no format facet values"),
      Map.entry("search $.objects[].formats[].metadata[]", "format metadata holds only the media type and size"),
      Map.entry("search $.objects[].formats[].size", "format sizes are not aggregated"),
      Map.entry("search $.objects[].keyframes[]", "no keyframes are made"),
      Map.entry("search $.objects[].proxies[]", "a CLOSED file stands in as the proxy: no codec, bit rate, "
          + "frame rate or resolution"));

  /** Payload kinds (or delivery event types/realms) the simulator never produces. */
  static final Map<String, String> KINDS_NOT_SIMULATED = Map.of(
      "custom-action", "the simulator does not run custom actions; send them with WebhookSender",
      "webhook-delivery assets/shares", "the simulator has no shares",
      "webhook-delivery (no event_type)", "not an iconik shape: a receiver's assumption");

  private static final IconikSimulator sim = IconikSimulator.start();
  private static final WireMockServer receiver = new WireMockServer(wireMockConfig().dynamicPort()
      .bindAddress("127.0.0.1"));
  private static final HttpClient http = HttpClient.newHttpClient();
  private static IconikClient iconik;
  private static String asset;
  private static String collection;
  private static String view;
  private static IconikSimulator.SeededFile file;
  private static String job;
  private static String webhook;

  @BeforeAll
  static void seed() {
    receiver.start();
    receiver.stubFor(post("/hooks").willReturn(aResponse().withStatus(204)));
    iconik = IconikClient.builder(sim.environment(), sim.credentials()).build();
    sim.seedStorage("Main", StoragePurpose.FILES);
    asset = iconik.assets().create(AssetRequest.builder().title("RC Lens x Sevilla").build()).id();
    webhook = iconik.webhooks().create(WebhookRequest.builder(receiver.baseUrl() + "/hooks", "collections")
        .realm("contents").operation("create").objectId(asset).query("data.object_type=\"assets\"")
        .header("X-Secret", "s").build()).id();
    String parent = sim.seedCollection("Season");
    collection = iconik.collections().create(CollectionRequest.builder().title("Deliveries").parentId(parent).build())
        .id();
    iconik.collections().addAsset(collection, asset);
    view = sim.seedMetadataView("Delivery", Map.of("title", MetadataFieldType.STRING,
        "description", MetadataFieldType.STRING));
    iconik.metadata().putAssetValues(asset, view, MetadataValues.builder().put("title", "t").put("description", "d")
        .build());
    file = sim.seedFile(asset, "clip.mp4", new byte[] {1, 2, 3});
    job = iconik.jobs().create(JobRequest.builder("Delete", JobType.DELETE).object("assets", asset).progress(1, 1)
        .build()).id();
    sim.awaitWebhookDeliveries(Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() {
    sim.close();
    receiver.stop();
  }

  @TestFactory
  List<DynamicTest> everyRealPayloadHasASimulatedTwinWithTheSameMembers() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Payload payload : RealPayloads.of("iconik")) {
      tests.add(DynamicTest.dynamicTest(payload.name(), () -> check(payload)));
    }
    return tests;
  }

  @SuppressWarnings("unchecked")
  private static void check(Payload payload) throws Exception {
    Map<String, Object> real = (Map<String, Object>) payload.tree();
    Object simulated = simulated(payload.kind(), real);
    if (simulated == null) {
      return; // a kind named in KINDS_NOT_SIMULATED, checked there
    }
    List<String> missing = new ArrayList<>();
    missing("$", real, simulated, missing);
    missing.removeIf(path -> NOT_SIMULATED.keySet().stream().anyMatch(e -> covers(e, payload.kind() + " " + path)));
    assertThat(missing).as(payload + ": members the real payload carries and the simulator's answer lacks")
        .isEmpty();
  }

  private static boolean covers(String exception, String member) {
    return member.equals(exception) || member.startsWith(exception + ".") || member.startsWith(exception + "[");
  }

  /** The simulator's answer of {@code kind}, or null for a kind it cannot produce (which must be listed). */
  @SuppressWarnings("unchecked")
  private static Object simulated(String kind, Map<String, Object> real) throws Exception {
    String files = "/API/files/v1/assets/" + asset + "/";
    return switch (kind) {
      case "asset" -> get("/API/assets/v1/assets/" + asset + "/");
      case "fileset" -> ((List<Object>) ((Map<String, Object>) get(files + "file_sets/")).get("objects")).get(0);
      case "format" -> get(files + "formats/" + file.formatId() + "/");
      case "file" -> get(files + "files/" + file.fileId() + "/");
      case "job" -> get("/API/jobs/v1/jobs/" + job + "/");
      case "webhook-definition" -> get("/API/notifications/v1/webhooks/" + webhook + "/");
      case "metadata-values" -> get("/API/metadata/v1/assets/" + asset + "/views/" + view + "/");
      case "collection-contents-page1", "collection-contents-page2" ->
          get("/API/assets/v1/collections/" + collection + "/contents/");
      case "error-body" -> real.get("errors") instanceof List<?>
          ? send("GET", "/API/assets/v1/assets/00000000-0000-4000-8000-000000000000/", null)
          : send("POST", "/API/assets/v1/assets/", "{}");
      case "search" -> {
        Map<String, Object> document = (Map<String, Object>) real.get("search_criteria_document");
        Map<String, Object> criteria = new LinkedHashMap<>((Map<String, Object>) document.get("criteria"));
        criteria.put("query", "Sevilla");
        yield send("POST", "/API/search/v1/search/?generate_signed_url=true",
            io.github.iconikopentext.core.json.Json.moshi().adapter(Object.class).toJson(criteria));
      }
      case "webhook-delivery" -> delivery(real);
      default -> {
        assertThat(KINDS_NOT_SIMULATED).as("payload kind '" + kind + "' is neither simulated nor listed")
            .containsKey(kind);
        yield null;
      }
    };
  }

  private static Object delivery(Map<String, Object> real) {
    String key = real.get("event_type") == null ? "webhook-delivery (no event_type)"
        : "webhook-delivery " + real.get("event_type") + "/" + real.get("realm");
    if (!key.equals("webhook-delivery collections/contents")) {
      assertThat(KINDS_NOT_SIMULATED).as(key + " is neither simulated nor listed").containsKey(key);
      return null;
    }
    Map<String, Object> simulated = sim.webhookDeliveries().stream()
        .map(d -> (Map<String, Object>) JsonTrees.parse(d.payload()))
        .filter(d -> "contents".equals(d.get("realm")) && "create".equals(d.get("operation")))
        .findFirst().orElseThrow();
    assertThat(simulated.get("object_id")).as("a contents delivery names the added object").isEqualTo(asset);
    return simulated;
  }

  /** Paths of members {@code real} has with a value and {@code simulated} lacks; lists compare their first element. */
  @SuppressWarnings("unchecked")
  private static void missing(String path, Object real, Object simulated, List<String> out) {
    if (real instanceof Map<?, ?> r) {
      Map<String, Object> s = simulated instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      r.forEach((k, v) -> {
        String p = path + "." + k;
        if (v == null) {
          return;
        }
        if (s.get(String.valueOf(k)) == null) {
          out.add(p);
        } else {
          missing(p, v, s.get(String.valueOf(k)), out);
        }
      });
    } else if (real instanceof List<?> r && !r.isEmpty()) {
      List<?> s = simulated instanceof List<?> l ? l : List.of();
      if (s.isEmpty()) {
        out.add(path + "[]");
      } else if (r.get(0) instanceof Map<?, ?>) {
        missing(path + "[]", r.get(0), s.get(0), out);
      }
    }
  }

  private static Object get(String path) throws Exception {
    return send("GET", path, null);
  }

  private static Object send(String method, String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
        .header("App-ID", sim.appId()).header("Auth-Token", sim.authToken())
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return JsonTrees.parse(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }
}
