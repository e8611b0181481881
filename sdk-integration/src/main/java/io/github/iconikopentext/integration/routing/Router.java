package io.github.iconikopentext.integration.routing;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.integration.template.TemplateModel.RoutingRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Wires an {@link IconikWebhookHandler} to actions according to a template's routing rules: for example
 * {@code ApprovalGranted → transfer → opentext}, {@code ReviewRequested → notify → review-channel},
 * {@code UploadCompleted → metadata-sync}. Events without a rule are accepted and ignored. Immutable and thread-safe.
 */
public final class Router {
  private record EventType(Class<? extends AssetEvent> type, Function<AssetEvent, String> assetId) {}

  private static final Map<String, EventType> EVENTS = Map.of(
      "UploadCompleted", new EventType(AssetEvent.UploadCompleted.class,
          e -> ((AssetEvent.UploadCompleted) e).assetId()),
      "ReviewRequested", new EventType(AssetEvent.ReviewRequested.class,
          e -> ((AssetEvent.ReviewRequested) e).assetId()),
      "ApprovalGranted", new EventType(AssetEvent.ApprovalGranted.class,
          e -> ((AssetEvent.ApprovalGranted) e).assetId()),
      "ApprovalDenied", new EventType(AssetEvent.ApprovalDenied.class,
          e -> ((AssetEvent.ApprovalDenied) e).assetId()),
      "MetadataChanged", new EventType(AssetEvent.MetadataChanged.class,
          e -> ((AssetEvent.MetadataChanged) e).assetId()),
      "AssetDeleted", new EventType(AssetEvent.AssetDeleted.class, e -> ((AssetEvent.AssetDeleted) e).assetId()),
      "JobFinished", new EventType(AssetEvent.JobFinished.class, e -> ((AssetEvent.JobFinished) e).objectId()),
      "JobFailed", new EventType(AssetEvent.JobFailed.class, e -> ((AssetEvent.JobFailed) e).objectId()));

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
      EventType type = EVENTS.get(rule.event());
      handler.on(type.type(), event -> dispatch(rule, type.assetId().apply(event), event));
    }
    return handler;
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
