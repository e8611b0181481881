package io.github.iconikopentext.integration.routing;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.integration.template.TemplateModel.RoutingRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Wires an {@link IconikWebhookHandler} to actions according to a template's routing rules: for example
 * {@code ApprovalGranted → transfer → opentext}, {@code ReviewRequested → notify → review-channel},
 * {@code UploadCompleted → metadata-sync}. Events without a rule are accepted and ignored. Immutable and thread-safe.
 */
public final class Router {
  private static final Map<String, Class<? extends AssetEvent>> EVENTS = Map.of(
      "UploadCompleted", AssetEvent.UploadCompleted.class,
      "ReviewRequested", AssetEvent.ReviewRequested.class,
      "ApprovalGranted", AssetEvent.ApprovalGranted.class,
      "ApprovalDenied", AssetEvent.ApprovalDenied.class,
      "MetadataChanged", AssetEvent.MetadataChanged.class,
      "AssetDeleted", AssetEvent.AssetDeleted.class,
      "JobFinished", AssetEvent.JobFinished.class,
      "JobFailed", AssetEvent.JobFailed.class);

  /** The asset-state event names a routing rule may name. */
  public static final java.util.Set<String> EVENT_NAMES = EVENTS.keySet();
  /** The actions a routing rule may name. */
  public static final java.util.Set<String> ACTIONS = java.util.Set.of("transfer", "notify", "metadata-sync");

  private final List<RoutingRule> rules;
  private final RoutingActions actions;

  public Router(List<RoutingRule> rules, RoutingActions actions) {
    this.rules = List.copyOf(rules);
    this.actions = Objects.requireNonNull(actions, "actions == null");
    for (RoutingRule rule : this.rules) {
      if (!EVENTS.containsKey(rule.event())) {
        throw new ConfigurationException("routing rule for unknown event '" + rule.event() + "' (known: "
            + new java.util.TreeSet<>(EVENTS.keySet()) + ")");
      }
    }
  }

  /** Registers one listener per rule on {@code handler}; returns it for chaining. */
  public IconikWebhookHandler.Builder register(IconikWebhookHandler.Builder handler) {
    for (RoutingRule rule : rules) {
      handler.on(EVENTS.get(rule.event()), event -> dispatch(rule, assetIdOf(event), event));
    }
    return handler;
  }

  /** The asset an event is about: the asset id, or for job events the job's object id; null if unknown. */
  public static String assetIdOf(AssetEvent event) {
    if (event instanceof AssetEvent.UploadCompleted e) {
      return e.assetId();
    } else if (event instanceof AssetEvent.ReviewRequested e) {
      return e.assetId();
    } else if (event instanceof AssetEvent.ApprovalGranted e) {
      return e.assetId();
    } else if (event instanceof AssetEvent.ApprovalDenied e) {
      return e.assetId();
    } else if (event instanceof AssetEvent.MetadataChanged e) {
      return e.assetId();
    } else if (event instanceof AssetEvent.AssetDeleted e) {
      return e.assetId();
    } else if (event instanceof AssetEvent.JobFinished e) {
      return e.objectId();
    } else if (event instanceof AssetEvent.JobFailed e) {
      return e.objectId();
    }
    return event.delivery().objectId();
  }

  private void dispatch(RoutingRule rule, String assetId, AssetEvent event) {
    switch (rule.action()) {
      case "transfer" -> actions.transfer(assetId, rule.format() == null ? "ORIGINAL" : rule.format(),
          rule.target(), event);
      case "notify" -> actions.notify(rule.target(), event);
      case "metadata-sync" -> actions.syncMetadata(assetId, event);
      default -> throw new ConfigurationException("routing rule with unknown action '" + rule.action() + "'");
    }
  }
}
