package io.github.iconikopentext.integration.internal.runtime;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.mapping.MappingResult;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import io.github.iconikopentext.integration.routing.Notification;
import io.github.iconikopentext.integration.routing.Notifier;
import io.github.iconikopentext.integration.routing.internal.Router;
import io.github.iconikopentext.integration.routing.internal.RoutingActions;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.OpenTextTarget;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstancePatch;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The use cases a routed webhook starts — transfer, notify, metadata sync — and the metadata mapping they share,
 * each reporting to the integration's status. Wired by {@link RuntimeWiring}; the routing rules call it through
 * {@link RoutingActions}. Thread-safe. Not part of the API.
 */
public final class RuntimeHandlers implements RoutingActions {
  private final IntegrationTemplate template;
  private final IconikClient iconik;
  private final OpenTextClient openText;
  private final MetadataMapper mapper;
  private final String metadataViewId;
  private final Map<String, TransferTarget> targets;
  private final Map<String, Notifier> notifiers;
  private final AssetTransfer transfer;
  private final IntegrationStatus status;
  private final Clock clock;

  RuntimeHandlers(IntegrationTemplate template, IconikClient iconik, OpenTextClient openText, MetadataMapper mapper,
      String metadataViewId, Map<String, TransferTarget> targets, Map<String, Notifier> notifiers,
      AssetTransfer transfer, IntegrationStatus status, Clock clock) {
    this.template = template;
    this.iconik = iconik;
    this.openText = openText;
    this.mapper = mapper;
    this.metadataViewId = metadataViewId;
    this.targets = targets;
    this.notifiers = notifiers;
    this.transfer = transfer;
    this.status = status;
    this.clock = clock;
  }

  /**
   * Transfers the asset's {@code format} file to the target named {@code targetName}, with mapped metadata for the
   * targets that keep it (OpenText, a filesystem archive).
   */
  public TransferResult transfer(String assetId, String format, String targetName) {
    TransferTarget target = targets.get(targetName);
    if (target == null) {
      throw new ConfigurationException("no transfer target named '" + targetName + "' (known: " + targets.keySet()
          + ")");
    }
    // OpenText keeps the mapped metadata in CMS, a filesystem archive in a JSON sidecar beside the file; remote
    // targets get the mapped single values for their path templates.
    Object metadata = target instanceof OpenTextTarget || target instanceof FileSystemTarget ? mapAsset(assetId)
        : pathValues(assetId);
    return transfer.transfer(assetId, format, target, metadata);
  }

  /**
   * The values a remote target's path template may name ({@code {project_code}}): the asset's mapped properties
   * and trait attributes that are single values, by attribute name.
   */
  private Map<String, Object> pathValues(String assetId) {
    OpenTextMetadata mapped = mapAsset(assetId);
    Map<String, Object> out = new HashMap<>();
    mapped.traits().values().forEach(instances -> instances.values().forEach(attributes -> attributes.forEach(
        (name, value) -> {
          if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            out.putIfAbsent(name, value);
          }
        })));
    mapped.properties().forEach((name, value) -> {
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        out.put(name, value);
      }
    });
    return out;
  }

  /** Reads the asset's metadata from iconik and maps it to OpenText; mapping errors fail as INTEGRATION. */
  public OpenTextMetadata mapAsset(String assetId) {
    if (mapper == null || metadataViewId == null) {
      return OpenTextMetadata.empty();
    }
    MetadataValues values = iconik.metadata().assetValues(assetId, metadataViewId);
    MappingResult<OpenTextMetadata> mapped = mapper.toOpenText(values);
    if (mapped.hasErrors()) {
      IntegrationException failure = new IntegrationException(FailureDomain.INTEGRATION, "MappingError",
          "metadata of asset " + assetId + " could not be mapped: " + mapped.problems());
      status.recordFailure(IntegrationStatus.METADATA_SYNC_HEALTHY, "mapping", assetId, failure, null);
      throw failure;
    }
    return mapped.value();
  }

  @Override
  public TransferResult transfer(String assetId, String format, String target, AssetEvent cause) {
    return transfer(assetId, format, target);
  }

  @Override
  public void notify(String target, AssetEvent event) {
    Notifier notifier = notifiers.get(target);
    if (notifier == null) {
      throw new ConfigurationException("no notifier named '" + target + "'");
    }
    String name = event.getClass().getSimpleName();
    String assetId = AssetEvent.assetIdOf(event);
    notifier.notify(new Notification(UUID.nameUUIDFromBytes((name + assetId + event.delivery().requestId())
        .getBytes(StandardCharsets.UTF_8)).toString(), name, assetId, template.environment(),
        name + " for asset " + assetId + " (" + template.name() + ")", clock.instant()));
  }

  @Override
  public void syncMetadata(String assetId, AssetEvent cause) {
    if (openText == null || template.opentext() == null) {
      return;
    }
    OpenTextMetadata metadata = mapAsset(assetId);
    String filter = "properties." + IntegrationRuntime.ASSET_ID_PROPERTY + " eq '" + assetId + "'";
    int patched = 0;
    try {
      for (CmsInstance instance : openText.cms().list(Category.FILE, template.opentext().cmsType(),
          InstanceQuery.filter(filter))) {
        InstancePatch.Builder patch = InstancePatch.builder();
        metadata.properties().forEach(patch::property);
        metadata.traits().forEach((trait, instances) -> instances.forEach((name, attrs) ->
            patch.trait(trait, name, attrs)));
        openText.cms().patch(instance.ref(), patch.build());
        patched++;
      }
    } catch (SdkException e) {
      status.recordFailure(IntegrationStatus.METADATA_SYNC_HEALTHY, "metadata-sync", assetId, e, "opentext");
      throw e;
    }
    status.recordHealthy(IntegrationStatus.METADATA_SYNC_HEALTHY,
        "metadata of asset " + assetId + " synced to " + patched + " CMS instance(s)");
  }
}
