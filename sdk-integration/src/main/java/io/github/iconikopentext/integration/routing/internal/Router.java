package io.github.iconikopentext.integration.routing.internal;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.integration.observe.Step;
import io.github.iconikopentext.integration.template.TemplateModel.RoutingRule;
import io.github.iconikopentext.integration.transfer.TransferResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires an {@link IconikWebhookHandler} to actions according to a template's routing rules: for example
 * {@code ApprovalGranted → transfer → opentext}, {@code ReviewRequested → notify → review-channel},
 * {@code UploadCompleted → metadata-sync}, {@code ShareCreated → notify → share-log}. Events without a rule —
 * and deliveries no rule understands ({@link AssetEvent.Unrecognized}) — are accepted and ignored.
 *
 * <p>This class is the one place that names the events: a rule's {@code event} is the simple name of an
 * {@link AssetEvent} type ({@link #EVENT_NAMES}), and {@link #deliveredBy} says which iconik webhook subscriptions
 * deliver it, which the template checks use. An action that needs an asset ({@code transfer}, {@code metadata-sync})
 * is skipped, with a log line, for an event about something else (a shared or added collection). Immutable and
 * thread-safe. Not part of the API: the template's routing rules are.
 */
public final class Router {
  private static final Logger log = LoggerFactory.getLogger(Router.class);
  private static final Set<String> ANY = Set.of();
  private static final Set<String> ASSETS = Set.of("assets");
  private static final Set<String> WRITE = Set.of("create", "update");
  private static final Map<String, EventRoute> EVENTS = index(
      EventRoute.of(AssetEvent.UploadCompleted.class, ASSETS, Set.of("files"), WRITE),
      EventRoute.of(AssetEvent.ReviewRequested.class, ASSETS, Set.of("approval", "approvals"), WRITE),
      EventRoute.of(AssetEvent.ApprovalGranted.class, ASSETS, Set.of("approval", "approvals"), WRITE),
      EventRoute.of(AssetEvent.ApprovalDenied.class, ASSETS, Set.of("approval", "approvals"), WRITE),
      EventRoute.of(AssetEvent.MetadataChanged.class, ASSETS, Set.of("metadata"), WRITE),
      EventRoute.of(AssetEvent.AssetCreated.class, ASSETS, Set.of("entity"), Set.of("create")),
      EventRoute.of(AssetEvent.AssetDeleted.class, ASSETS, Set.of("entity"), Set.of("update", "delete", "purge")),
      EventRoute.of(AssetEvent.ShareCreated.class, Set.of("assets", "collections"), Set.of("shares"),
          Set.of("create")),
      EventRoute.of(AssetEvent.SegmentCreated.class, ASSETS, Set.of("segments"), Set.of("create")),
      EventRoute.of(AssetEvent.SegmentChanged.class, ASSETS, Set.of("segments"), Set.of("update")),
      EventRoute.of(AssetEvent.CollectionContentAdded.class, Set.of("collections"), Set.of("contents"),
          Set.of("create")),
      EventRoute.of(AssetEvent.CollectionContentRemoved.class, Set.of("collections"), Set.of("contents"),
          Set.of("delete")),
      EventRoute.of(AssetEvent.JobFinished.class, Set.of("jobs"), ANY, ANY),
      EventRoute.of(AssetEvent.JobFailed.class, Set.of("jobs"), ANY, ANY));

  /** The event names a routing rule may name, in a stable order. */
  public static final Set<String> EVENT_NAMES = EVENTS.keySet();
  /** The actions a routing rule may name. */
  public static final Set<String> ACTIONS = Set.of("transfer", "notify", "metadata-sync");

  private final List<RoutingRule> rules;
  private final RoutingActions actions;
  private final IntegrationObserver observer;

  /** Routes to {@code actions}; each rule run for an event is one {@link Step.Kind#ROUTE} step of {@code observer}. */
  public Router(List<RoutingRule> rules, RoutingActions actions, IntegrationObserver observer) {
    this.rules = List.copyOf(rules);
    this.actions = Objects.requireNonNull(actions, "actions == null");
    this.observer = Objects.requireNonNull(observer, "observer == null");
    for (RoutingRule rule : this.rules) {
      if (rule.event() == null || !EVENTS.containsKey(rule.event())) {
        throw new ConfigurationException("routing rule for unknown event '" + rule.event() + "' (known: "
            + new java.util.TreeSet<>(EVENTS.keySet()) + ")");
      }
    }
  }

  private static Map<String, EventRoute> index(EventRoute... routes) {
    Map<String, EventRoute> byName = new LinkedHashMap<>();
    for (EventRoute route : routes) {
      byName.put(route.name(), route);
    }
    return Collections.unmodifiableMap(byName);
  }

  /**
   * Whether an iconik webhook subscribed to {@code eventType}/{@code realm}/{@code operation} (realm and operation
   * {@code null} for any) delivers the event named {@code event}; {@code false} for an unknown name.
   */
  public static boolean deliveredBy(String event, String eventType, String realm, String operation) {
    EventRoute route = event == null ? null : EVENTS.get(event);
    return route != null && route.deliveredBy(eventType, realm, operation);
  }

  /** The subscription the event named {@code event} needs, in words, e.g. "event_type assets, realm shares". */
  public static String subscriptionFor(String event) {
    EventRoute route = EVENTS.get(event);
    if (route == null) {
      throw new IllegalArgumentException("unknown event '" + event + "'");
    }
    return route.subscription();
  }

  /** Registers one listener per rule on {@code handler}; returns it for chaining. */
  public IconikWebhookHandler.Builder register(IconikWebhookHandler.Builder handler) {
    for (RoutingRule rule : rules) {
      handler.on(EVENTS.get(rule.event()).type(), event -> dispatch(rule, AssetEvent.assetIdOf(event), event));
    }
    return handler;
  }

  /**
   * Runs the rules matching {@code event} on the calling thread, in rule order, as a registered handler would: for
   * events that arrive other than through a webhook handler (e.g. from a Kafka topic). Returns the results of the
   * transfers the rules ran, in rule order.
   */
  public List<TransferResult> route(AssetEvent event) {
    List<TransferResult> transfers = new ArrayList<>();
    for (RoutingRule rule : rules) {
      if (EVENTS.get(rule.event()).type().isInstance(event)) {
        TransferResult result = dispatch(rule, AssetEvent.assetIdOf(event), event);
        if (result != null) {
          transfers.add(result);
        }
      }
    }
    return List.copyOf(transfers);
  }

  private TransferResult dispatch(RoutingRule rule, String assetId, AssetEvent event) {
    Map<String, String> attributes = new HashMap<>();
    attributes.put(Step.EVENT, event.getClass().getSimpleName());
    attributes.put(Step.ACTION, rule.action());
    if (rule.target() != null) {
      attributes.put(Step.TARGET, rule.target());
    }
    if (assetId != null) {
      attributes.put(Step.ASSET_ID, assetId);
    }
    if (event.delivery().requestId() != null) {
      attributes.put(Step.REQUEST_ID, event.delivery().requestId());
    }
    return observer.observe(new Step(Step.Kind.ROUTE, attributes), () -> run(rule, assetId, event));
  }

  /** Runs one rule; the transfer's result for a transfer rule, else null. */
  private TransferResult run(RoutingRule rule, String assetId, AssetEvent event) {
    boolean needsAsset = rule.action().equals("transfer") || rule.action().equals("metadata-sync");
    if (needsAsset && assetId == null) {
      log.info("skipped {} for {} of request {}: the event is not about an asset", rule.action(),
          event.getClass().getSimpleName(), event.delivery().requestId());
      return null;
    }
    switch (rule.action()) {
      case "transfer" -> {
        return actions.transfer(assetId, rule.format() == null ? "ORIGINAL" : rule.format(), rule.target(), event);
      }
      case "notify" -> actions.notify(rule.target(), event);
      case "metadata-sync" -> actions.syncMetadata(assetId, event);
      default -> throw new ConfigurationException("routing rule with unknown action '" + rule.action() + "'");
    }
    return null;
  }
}
