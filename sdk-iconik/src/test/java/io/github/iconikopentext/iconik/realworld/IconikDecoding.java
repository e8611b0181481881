package io.github.iconikopentext.iconik.realworld;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.payloads.JsonTrees;
import io.github.iconikopentext.core.payloads.PayloadReport.Comparison;
import io.github.iconikopentext.core.payloads.RealPayloads.Payload;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.internal.IconikJson;
import io.github.iconikopentext.iconik.model.Asset;
import io.github.iconikopentext.iconik.model.AssetFile;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.FileSet;
import io.github.iconikopentext.iconik.model.Format;
import io.github.iconikopentext.iconik.model.Job;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.ObjectMetadata;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchPage;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.model.Segment;
import io.github.iconikopentext.iconik.model.Share;
import io.github.iconikopentext.iconik.model.Webhook;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.CustomActionInvocation;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How each kind of iconik payload reaches the SDK: which call (or handler) reads it and what model it becomes. A
 * kind the manifest lists but this class does not know fails the test, so a new kind is wired up deliberately.
 *
 * @param typedAs what the payload decoded as, for the report
 * @param comparisons the payload parts and the re-encoded models to compare
 */
record IconikDecoding(String typedAs, List<Comparison> comparisons) {
  private static final String ASSET_ID = "0d56db81-1b8e-4a68-9658-98ad9a94d841";
  private static final String HEADER = "X-Iconik-Secret";
  private static final Secret SECRET = Secret.of("real-payload-shared-secret");
  private static final Moshi ENCODER = IconikJson.moshi().newBuilder()
      .add(Secret.class, new JsonAdapter<Secret>() {
        @Override
        public Secret fromJson(JsonReader reader) throws IOException {
          return Secret.of(reader.nextString());
        }

        @Override
        public void toJson(JsonWriter writer, Secret value) throws IOException {
          writer.value(value == null ? null : value.reveal());
        }
      }.nullSafe())
      .build();

  @SuppressWarnings("unchecked")
  static IconikDecoding decode(Payload payload, IconikClient client, WireMockServer wm) {
    String text = payload.text();
    Map<String, Object> tree = (Map<String, Object>) payload.tree();
    switch (payload.kind()) {
      case "asset" -> {
        String id = text(tree, "id", ASSET_ID);
        wm.stubFor(get("/API/assets/v1/assets/" + id + "/").willReturn(okJson(text)));
        Asset asset = client.assets().get(id);
        return single("Asset · assets().get", tree, asset, Asset.class);
      }
      case "fileset" -> {
        String assetId = text(tree, "asset_id", ASSET_ID);
        wm.stubFor(get(urlPathEqualTo("/API/files/v1/assets/" + assetId + "/file_sets/"))
            .willReturn(okJson("{\"objects\": [" + text + "]}")));
        FileSet set = client.files().fileSets(assetId).stream().findFirst().orElseThrow();
        return single("FileSet · files().fileSets", tree, set, FileSet.class);
      }
      case "format" -> {
        String assetId = text(tree, "asset_id", ASSET_ID);
        String id = text(tree, "id", "f");
        wm.stubFor(get("/API/files/v1/assets/" + assetId + "/formats/" + id + "/").willReturn(okJson(text)));
        Format format = client.files().format(assetId, id);
        return single("Format · files().format", tree, format, Format.class);
      }
      case "file" -> {
        String assetId = text(tree, "asset_id", ASSET_ID);
        String id = text(tree, "id", "f");
        wm.stubFor(get("/API/files/v1/assets/" + assetId + "/files/" + id + "/").willReturn(okJson(text)));
        AssetFile file = client.files().file(assetId, id);
        return single("AssetFile · files().file", tree, file, AssetFile.class);
      }
      case "job" -> {
        String id = text(tree, "id", "j");
        wm.stubFor(get("/API/jobs/v1/jobs/" + id + "/").willReturn(okJson(text)));
        Job job = client.jobs().get(id);
        return single("Job · jobs().get", tree, job, Job.class);
      }
      case "webhook-definition" -> {
        String id = text(tree, "id", "w");
        wm.stubFor(get("/API/notifications/v1/webhooks/" + id + "/").willReturn(okJson(text)));
        Webhook webhook = client.webhooks().get(id);
        return single("Webhook · webhooks().get", tree, webhook, Webhook.class);
      }
      case "search" -> {
        return search(tree, text, client, wm);
      }
      case "collection-contents-page1", "collection-contents-page2" -> {
        return contents(tree, text, client, wm);
      }
      case "metadata-values" -> {
        String objectId = text(tree, "object_id", ASSET_ID);
        wm.stubFor(get("/API/metadata/v1/assets/" + objectId + "/views/v1/").willReturn(okJson(text)));
        ObjectMetadata read = client.metadata().objectMetadata("assets", objectId, "v1");
        MetadataValues values = client.metadata().assetValues(objectId, "v1");
        return new IconikDecoding("ObjectMetadata · metadata().objectMetadata; MetadataValues · "
            + "metadata().assetValues", List.of(new Comparison("", tree, encode(read, ObjectMetadata.class)),
            new Comparison("values", tree.get("metadata_values"), encode(values, MetadataValues.class))));
      }
      case "error-body" -> {
        wm.stubFor(get("/API/assets/v1/assets/" + ASSET_ID + "/").willReturn(aResponse().withStatus(400)
            .withHeader("Content-Type", "application/json").withBody(text)));
        ApiException e;
        try {
          client.assets().get(ASSET_ID);
          throw new AssertionError("an error body served as 400 did not fail the call");
        } catch (ApiException thrown) {
          e = thrown;
        }
        Object errors = tree.get("errors") instanceof List<?> ? e.details().messages() : e.details().fieldErrors();
        return new IconikDecoding(e.getClass().getSimpleName() + ".details() · assets().get → 400",
            List.of(new Comparison("errors", tree, JsonTrees.parse(ENCODER.adapter(Object.class).toJson(
                Map.of("errors", errors))))));
      }
      case "webhook-delivery" -> {
        AtomicReference<AssetEvent> event = new AtomicReference<>();
        WebhookResult result = handler().on(AssetEvent.class, event::set).build()
            .handle(headers(), text.getBytes(StandardCharsets.UTF_8));
        if (result.httpStatus() / 100 != 2 || event.get() == null) {
          throw new AssertionError("the handler answered " + result + " to a real delivery");
        }
        List<Comparison> comparisons = new ArrayList<>();
        comparisons.add(new Comparison("delivery", tree, encode(event.get().delivery(), IconikWebhook.class)));
        Object data = tree.get("data");
        if (event.get() instanceof AssetEvent.AssetCreated created) {
          comparisons.add(new Comparison("asset", data, encode(created.asset(), Asset.class)));
        } else if (event.get() instanceof AssetEvent.ShareCreated shared) {
          comparisons.add(new Comparison("share", data, encode(shared.share(), Share.class)));
        } else if (event.get() instanceof AssetEvent.SegmentCreated segment) {
          comparisons.add(new Comparison("segment", data, encode(segment.segment(), Segment.class)));
        } else if (event.get() instanceof AssetEvent.SegmentChanged segment) {
          comparisons.add(new Comparison("segment", data, encode(segment.segment(), Segment.class)));
        }
        return new IconikDecoding("AssetEvent." + event.get().getClass().getSimpleName() + " (HTTP "
            + result.httpStatus() + ") · IconikWebhookHandler", comparisons);
      }
      case "custom-action" -> {
        AtomicReference<CustomActionInvocation> request = new AtomicReference<>();
        WebhookResult result = handler().onCustomAction(request::set).build()
            .handle(headers(), text.getBytes(StandardCharsets.UTF_8));
        if (result.httpStatus() / 100 != 2 || request.get() == null) {
          throw new AssertionError("the handler answered " + result + " to a real custom action");
        }
        return single("CustomActionInvocation (HTTP " + result.httpStatus() + ") · IconikWebhookHandler", tree,
            request.get(), CustomActionInvocation.class);
      }
      default -> throw new AssertionError("payload kind '" + payload.kind() + "' of " + payload.file()
          + " is not wired to a client call: add it to " + IconikDecoding.class.getSimpleName());
    }
  }

  private static IconikDecoding search(Map<String, Object> tree, String text, IconikClient client,
      WireMockServer wm) {
    wm.stubFor(post(urlPathEqualTo("/API/search/v1/search/")).willReturn(okJson(text)));
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/assets/")).willReturn(okJson(text)));
    SearchRequest request = SearchRequest.builder().query("x").facets("media_type").build();
    SearchPage page = client.search().page(request);
    List<SearchHit> hits = client.search().search(request).stream().toList();
    List<Asset> assets = client.assets().list().stream().toList();
    List<Object> objects = list(tree.get("objects"));
    if (hits.size() != objects.size() || assets.size() != objects.size()) {
      throw new AssertionError(objects.size() + " hits served, " + hits.size() + " searched, " + assets.size()
          + " listed");
    }
    List<Comparison> comparisons = new ArrayList<>();
    comparisons.add(new Comparison("page", tree, encode(page, SearchPage.class)));
    for (int i = 0; i < objects.size(); i++) {
      comparisons.add(new Comparison("hit[" + i + "]", objects.get(i), encode(hits.get(i), SearchHit.class)));
      comparisons.add(new Comparison("asset[" + i + "]", objects.get(i), encode(assets.get(i), Asset.class)));
    }
    return new IconikDecoding("SearchPage · search().page; SearchHit · search().search; Asset · assets().list",
        comparisons);
  }

  private static IconikDecoding contents(Map<String, Object> tree, String text, IconikClient client,
      WireMockServer wm) {
    String collectionId = "7e6abeea-4bff-4153-912d-2880617046ce";
    wm.stubFor(get(urlPathEqualTo("/API/assets/v1/collections/" + collectionId + "/contents/"))
        .willReturn(okJson(text)));
    if (tree.get("next_url") instanceof String next && !next.isBlank()) {
      wm.stubFor(get(next).willReturn(okJson("{\"objects\": []}")));
    }
    List<CollectionContent> items = client.collections().contents(collectionId).stream().toList();
    List<Object> objects = list(tree.get("objects"));
    if (items.size() != objects.size()) {
      throw new AssertionError(objects.size() + " items served, " + items.size() + " read");
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      comparisons.add(new Comparison("item[" + i + "]", objects.get(i),
          encode(items.get(i), items.get(i).getClass())));
    }
    return new IconikDecoding(items.stream().map(c -> c.getClass().getSimpleName()).toList()
        + " · collections().contents", comparisons);
  }

  private static IconikDecoding single(String typedAs, Object payload, Object model, Type type) {
    if (model == null) {
      throw new AssertionError(typedAs + " returned null");
    }
    return new IconikDecoding(typedAs, List.of(new Comparison("", payload, encode(model, type))));
  }

  static Object encode(Object model, Type type) {
    return JsonTrees.parse(ENCODER.adapter(type).serializeNulls().toJson(model));
  }

  private static IconikWebhookHandler.Builder handler() {
    return IconikWebhookHandler.builder().sharedSecret(HEADER, SECRET);
  }

  private static WebhookHeaders headers() {
    return WebhookHeaders.of(Map.of(HEADER, SECRET.reveal()));
  }

  private static String text(Map<String, Object> tree, String key, String absent) {
    return tree.get(key) instanceof String s && !s.isBlank() ? s : absent;
  }

  private static List<Object> list(Object value) {
    @SuppressWarnings("unchecked")
    List<Object> list = value instanceof List<?> l ? (List<Object>) l : List.of();
    return list;
  }
}
