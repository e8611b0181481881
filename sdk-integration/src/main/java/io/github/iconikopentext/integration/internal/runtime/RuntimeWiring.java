package io.github.iconikopentext.integration.internal.runtime;

import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.integration.internal.CmsFolders;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.integration.routing.LogNotifier;
import io.github.iconikopentext.integration.routing.Notifier;
import io.github.iconikopentext.integration.routing.SignedHttpNotifier;
import io.github.iconikopentext.integration.routing.internal.Router;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.OpenTextTarget;
import io.github.iconikopentext.integration.transfer.TransferStore;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.integration.transfer.TransferTargetFactory;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The composition root of a running integration: from a resolved template and the caller's parts it builds the
 * targets, notifiers, mapper, transfer pipeline, use-case handlers and the verifying, routing webhook handler.
 * Not part of the API.
 *
 * @param template the resolved template
 * @param iconik the iconik client
 * @param openText the OpenText client, or {@code null}
 * @param mapper the metadata mapper, or {@code null} for the template's
 * @param metadataViewId the iconik metadata view to map, or {@code null}
 * @param extraTargets targets given in code, in addition to (and overriding) the template's
 * @param extraNotifiers notifiers given in code, by name
 * @param status the status every action reports to
 * @param audit the audit of the runtime's own events
 * @param store the transfer store
 * @param replayGuard the webhook replay guard
 * @param resolvers the resolvers of the template's secret references
 * @param systemDomainId the iconik system domain webhooks must come from, or {@code null}
 * @param folderType the CMS folder type for the template's folder
 * @param clock the clock
 * @param observer observes the webhook's routing and the transfers
 */
public record RuntimeWiring(
    IntegrationTemplate template, IconikClient iconik, OpenTextClient openText, MetadataMapper mapper,
    String metadataViewId, List<TransferTarget> extraTargets, Map<String, Notifier> extraNotifiers,
    IntegrationStatus status, RuntimeAudit audit, TransferStore store, ReplayGuard replayGuard,
    SecretResolvers resolvers, String systemDomainId, String folderType, Clock clock, IntegrationObserver observer) {

  /** The wired parts: the use-case handlers, the router and the webhook handler that routes to them. */
  public record Wired(RuntimeHandlers handlers, Router router, IconikWebhookHandler webhookHandler) {}

  /** Builds every part; a template the parts cannot serve is a {@link ConfigurationException}. */
  public Wired wire() {
    Map<String, TransferTarget> targets = targets();
    AssetTransfer.Builder transfers = AssetTransfer.builder(iconik).store(store).status(status).clock(clock)
        .addObserver(observer);
    if (audit.context() != null) {
      transfers.audit(audit.context());
    }
    AssetTransfer transfer = transfers.build();
    RuntimeHandlers handlers = new RuntimeHandlers(template, iconik, openText,
        mapper != null ? mapper : mapperOf(template), metadataViewId, targets, notifiers(), transfer, status, clock);
    Router router = new Router(template.routing(), handlers, observer);
    return new Wired(handlers, router, webhookHandler(router));
  }

  private IconikWebhookHandler webhookHandler(Router router) {
    IconikWebhookHandler.Builder builder = IconikWebhookHandler.builder().replayGuard(replayGuard);
    List<TemplateModel.WebhookSubscription> hooks =
        template.iconik().webhooks() == null ? List.of() : template.iconik().webhooks();
    Map<String, List<Secret>> secrets = new LinkedHashMap<>();
    for (TemplateModel.WebhookSubscription w : hooks) {
      if (w.secretHeader() != null) {
        secrets.computeIfAbsent(w.secretHeader().name(), k -> new ArrayList<>())
            .add(resolvers.resolve(w.secretHeader().secret()));
      }
    }
    if (secrets.size() != 1) {
      throw new ConfigurationException("template " + template.name() + " must declare exactly one shared-secret"
          + " header name for its iconik webhooks, found " + secrets.keySet());
    }
    secrets.forEach((header, values) -> builder.sharedSecrets(header, values.stream().distinct().toList()));
    if (systemDomainId != null) {
      builder.expectedSystemDomainId(systemDomainId);
    }
    router.register(builder);
    return builder.build();
  }

  private static MetadataMapper mapperOf(IntegrationTemplate template) {
    TemplateModel.MappingRef ref = template.mapping();
    if (ref == null) {
      return null;
    }
    if (ref.profile() != null) {
      return MetadataMapper.builtIn(ref.profile());
    }
    return MetadataMapper.fromJson(Json.moshi().adapter(Object.class).toJson(ref.spec()));
  }

  private Map<String, TransferTarget> targets() {
    Map<String, TransferTarget> out = new HashMap<>();
    template.targets().forEach((name, spec) -> {
      if ("filesystem".equals(spec.kind())) {
        out.put(name, new FileSystemTarget(name, Path.of(spec.path())));
      } else if (!"http".equals(spec.kind()) && !"opentext".equals(spec.kind())) {
        out.put(name, TransferTargetFactory.forKind(name, spec,
            spec.credential() == null ? null : template.credentials().get(spec.credential()), resolvers));
      }
    });
    TemplateModel.OpenTextSpec ot = template.opentext();
    if (ot != null && openText != null && ot.cmsType() != null) {
      String folderId = ot.folder() == null ? null : CmsFolders.resolve(openText, folderType, ot.folder(), true);
      out.put("opentext", OpenTextTarget.builder(openText, ot.cmsType()).folderId(folderId).build());
    }
    extraTargets.forEach(t -> out.put(t.name(), t));
    return Map.copyOf(out);
  }

  private Map<String, Notifier> notifiers() {
    Map<String, Notifier> out = new HashMap<>();
    template.targets().forEach((name, spec) -> {
      if ("http".equals(spec.kind())) {
        out.put(name, spec.secret() == null ? new LogNotifier()
            : new SignedHttpNotifier(spec.url(), resolvers.resolve(spec.secret()), clock));
      }
    });
    out.putAll(extraNotifiers);
    return Map.copyOf(out);
  }
}
