package io.github.iconikopentext.integration.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhook;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateException;
import io.github.iconikopentext.integration.template.TemplateProblem;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.integration.transfer.TransferResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The events real integrations trigger on route through a template's rules; the template checks their webhooks. */
class RouterTest {
  private static final String HEADER = "X-Iconik-Secret";
  private static final Secret SECRET = Secret.of("router-test-secret");

  /** A template routing the new events, with the webhook subscriptions that deliver them. */
  private static final String TEMPLATE = """
      {"schema": "iconik-opentext/template/v1", "name": "share-and-collection-log",
       "iconik": {"webhooks": [
         {"name": "shares", "event_type": "assets", "realm": "shares", "operation": "create",
          "url": "https://hooks.example.com/iconik"},
         {"name": "contents", "event_type": "collections", "realm": "contents",
          "url": "https://hooks.example.com/iconik"},
         {"name": "assets", "event_type": "assets", "url": "https://hooks.example.com/iconik"}]},
       "routing": [
         {"event": "ShareCreated", "action": "notify", "target": "share-log"},
         {"event": "CollectionContentAdded", "action": "transfer", "target": "archive"},
         {"event": "CollectionContentRemoved", "action": "notify", "target": "share-log"},
         {"event": "AssetCreated", "action": "metadata-sync"},
         {"event": "SegmentCreated", "action": "notify", "target": "share-log"},
         {"event": "SegmentChanged", "action": "notify", "target": "share-log"}],
       "targets": {"share-log": {"kind": "http", "url": "https://log.example.com/shares"},
                   "archive": {"kind": "filesystem", "path": "/var/archive"}}}
      """;

  /** Records what the rules asked for. */
  private static final class Recorder implements RoutingActions {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public TransferResult transfer(String assetId, String format, String target, AssetEvent cause) {
      calls.add("transfer " + assetId + " " + format + " → " + target);
      return new TransferResult(TransferResult.State.HELD, null, null, 0);
    }

    @Override
    public void notify(String target, AssetEvent event) {
      calls.add("notify " + target + " of " + event.getClass().getSimpleName() + " " + AssetEvent.assetIdOf(event));
    }

    @Override
    public void syncMetadata(String assetId, AssetEvent cause) {
      calls.add("metadata-sync " + assetId);
    }
  }

  private final Recorder actions = new Recorder();
  private final IntegrationTemplate template;
  private final IconikWebhookHandler handler;

  RouterTest() {
    template = TemplateSource.parse(TEMPLATE, "t.json")
        .resolve(new TemplateValues("dev", Map.of()));
    handler = new Router(template.routing(), actions, IntegrationObserver.NONE).register(IconikWebhookHandler.builder()
        .sharedSecret(HEADER, SECRET)).build();
  }

  private WebhookResult deliver(String json) {
    return handler.handle(WebhookHeaders.of(Map.of(HEADER, SECRET.reveal())), json.getBytes(StandardCharsets.UTF_8));
  }

  private static String delivery(String eventType, String realm, String operation, String data) {
    return """
        {"system_domain_id": "d", "event_type": "%s", "realm": "%s", "operation": "%s", "object_id": "o",
         "user_id": "u", "request_id": "%s", "data": %s}
        """.formatted(eventType, realm, operation, java.util.UUID.randomUUID(), data);
  }

  @Test
  void aShareNotifiesItsTarget() {
    assertThat(deliver(delivery("assets", "shares", "create",
        "{\"id\": \"s1\", \"object_id\": \"a1\", \"object_type\": \"assets\", \"allow_download\": false}"))
        .httpStatus()).isEqualTo(200);

    assertThat(actions.calls).containsExactly("notify share-log of ShareCreated a1");
  }

  @Test
  void anAssetAddedToACollectionIsTransferred_aSubCollectionIsSkipped() {
    deliver(delivery("collections", "contents", "create",
        "{\"collection_id\": \"c1\", \"object_id\": \"a2\", \"object_type\": \"assets\", \"parents\": []}"));
    WebhookResult subCollection = deliver(delivery("collections", "contents", "create",
        "{\"collection_id\": \"c1\", \"object_id\": \"c2\", \"object_type\": \"collections\"}"));

    assertThat(subCollection.httpStatus()).isEqualTo(200);
    assertThat(actions.calls).containsExactly("transfer a2 ORIGINAL → archive");
  }

  @Test
  void removalsSegmentsAndCreatedAssetsRouteToo() {
    deliver(delivery("collections", "contents", "delete",
        "{\"collection_id\": \"c1\", \"object_id\": \"a3\", \"object_type\": \"assets\"}"));
    deliver(delivery("assets", "entity", "create", "{\"id\": \"a4\", \"type\": \"SUBCLIP\"}"));
    deliver(delivery("assets", "segments", "create", "{\"id\": \"g1\", \"asset_id\": \"a5\"}"));
    deliver(delivery("assets", "segments", "update", "{\"id\": \"g1\", \"asset_id\": \"a5\"}"));

    assertThat(actions.calls).containsExactly("notify share-log of CollectionContentRemoved a3",
        "metadata-sync o", "notify share-log of SegmentCreated a5", "notify share-log of SegmentChanged a5");
  }

  @Test
  void routingAnEvent_returnsWhatBecameOfItsTransfers_andNothingForOtherActions() {
    Router router = new Router(template.routing(), actions, IntegrationObserver.NONE);
    AssetEvent added = AssetEvent.of(IconikWebhook.parse(delivery("collections", "contents", "create",
        "{\"collection_id\": \"c1\", \"object_id\": \"a6\", \"object_type\": \"assets\"}")
        .getBytes(StandardCharsets.UTF_8)));
    AssetEvent shared = AssetEvent.of(IconikWebhook.parse(delivery("assets", "shares", "create",
        "{\"id\": \"s2\", \"object_id\": \"a7\", \"object_type\": \"assets\"}").getBytes(StandardCharsets.UTF_8)));

    assertThat(router.route(added)).extracting(TransferResult::state).containsExactly(TransferResult.State.HELD);
    assertThat(router.route(shared)).isEmpty();
    assertThat(actions.calls).containsExactly("transfer a6 ORIGINAL → archive", "notify share-log of ShareCreated a7");
  }

  @Test
  void unknownCombinationsAreAcceptedAndRouteNowhere() {
    assertThat(deliver(delivery("collections", "acls", "update", "{}")).httpStatus()).isEqualTo(200);
    assertThat(deliver(delivery("assets", "shares", "delete", "{\"id\": \"s1\"}")).httpStatus()).isEqualTo(200);

    assertThat(actions.calls).isEmpty();
  }

  @Test
  void aRuleNoSubscribedWebhookDelivers_isATemplateProblemNamingTheSubscription() {
    String noShares = TEMPLATE.replace("\"realm\": \"shares\", ", "\"realm\": \"files\", ")
        .replace("{\"name\": \"assets\", \"event_type\": \"assets\", \"url\": \"https://hooks.example.com/iconik\"}",
            "{\"name\": \"jobs\", \"event_type\": \"jobs\", \"url\": \"https://hooks.example.com/iconik\"}");

    TemplateException e = catchThrowableOfType(TemplateException.class,
        () -> TemplateSource.parse(noShares, "t.json").resolve(new TemplateValues("dev", Map.of())));

    assertThat(e.problems()).extracting(TemplateProblem::path)
        .containsExactlyInAnyOrder("$.routing[0].event", "$.routing[3].event", "$.routing[4].event",
            "$.routing[5].event");
    assertThat(e.problems().get(0).message()).contains("ShareCreated")
        .contains("event_type assets or collections, realm shares, operation create");
  }

  @Test
  void everyEventNameIsAnAssetEventType_andHasASubscription() {
    assertThat(Router.EVENT_NAMES).contains("ShareCreated", "CollectionContentAdded", "CollectionContentRemoved",
        "SegmentCreated", "SegmentChanged", "AssetCreated", "UploadCompleted", "JobFailed");
    for (String name : Router.EVENT_NAMES) {
      assertThat(AssetEvent.class.getPermittedSubclasses()).extracting(Class::getSimpleName).contains(name);
      assertThat(Router.subscriptionFor(name)).startsWith("event_type ");
    }
    assertThat(Router.deliveredBy("ShareCreated", "COLLECTIONS", "Shares", null)).isTrue();
    assertThat(Router.deliveredBy("ShareCreated", "assets", "files", null)).isFalse();
    assertThat(Router.deliveredBy("UploadCompleted", "assets", null, "update")).isTrue();
    assertThat(Router.deliveredBy("Nope", "assets", null, null)).isFalse();
  }
}
