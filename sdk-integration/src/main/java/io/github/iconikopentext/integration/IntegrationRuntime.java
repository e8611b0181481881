package io.github.iconikopentext.integration;

import io.github.iconikopentext.core.audit.AuditAction;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditOutcome;
import io.github.iconikopentext.core.audit.AuditTarget;
import io.github.iconikopentext.core.credentials.Secret;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.SdkException;
import io.github.iconikopentext.core.json.Json;
import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.internal.CmsFolders;
import io.github.iconikopentext.integration.mapping.MappingResult;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import io.github.iconikopentext.integration.routing.LogNotifier;
import io.github.iconikopentext.integration.routing.Notification;
import io.github.iconikopentext.integration.routing.Notifier;
import io.github.iconikopentext.integration.routing.Router;
import io.github.iconikopentext.integration.routing.RoutingActions;
import io.github.iconikopentext.integration.routing.SignedHttpNotifier;
import io.github.iconikopentext.integration.status.FailureDomain;
import io.github.iconikopentext.integration.status.IntegrationException;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateModel;
import io.github.iconikopentext.integration.transfer.AssetTransfer;
import io.github.iconikopentext.integration.transfer.AuditedTarget;
import io.github.iconikopentext.integration.transfer.FileSystemTarget;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.OpenTextTarget;
import io.github.iconikopentext.integration.transfer.TransferEvent;
import io.github.iconikopentext.integration.transfer.TransferOutcome;
import io.github.iconikopentext.integration.transfer.TransferStore;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.integration.transfer.TransferTargetFactory;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstancePatch;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One integration, running: a resolved {@link IntegrationTemplate} wired to the iconik and OpenText clients. It
 * receives iconik webhooks (verified with the template's shared secret, de-duplicated), routes asset-state events per
 * the template's rules — approval granted → {@link AssetTransfer} with the asset's metadata mapped to OpenText,
 * review requested → a {@link Notifier}, upload completed → metadata sync — and reports everything to an
 * {@link IntegrationStatus} and, when configured, to the audit trail.
 *
 * <p>Build it once per environment and share it; it is thread-safe.
 */
public final class IntegrationRuntime implements RoutingActions {
  /** The CMS property that links a CMS instance to its iconik asset. */
  public static final String ASSET_ID_PROPERTY = "iconik_asset_id"; // as OpenTextTarget writes it

  private final IntegrationTemplate template;
  private final IconikClient iconik;
  private final OpenTextClient openText;
  private final MetadataMapper mapper;
  private final String metadataViewId;
  private final Map<String, TransferTarget> targets;
  private final Map<String, Notifier> notifiers;
  private final AssetTransfer transfer;
  private final IntegrationStatus status;
  private final AuditContext audit;
  private final IconikWebhookHandler handler;
  private final Clock clock;

  private IntegrationRuntime(Builder b) {
    this.template = b.template;
    this.iconik = b.iconik;
    this.openText = b.openText;
    this.clock = b.clock;
    this.status = b.status != null ? b.status : new IntegrationStatus(clock, 100);
    this.audit = b.audit;
    this.mapper = b.mapper != null ? b.mapper : mapperOf(template);
    this.metadataViewId = b.metadataViewId;
    this.targets = targets(b);
    this.notifiers = notifiers(b);
    this.transfer = AssetTransfer.builder(iconik).store(b.store).status(status).clock(clock)
        .listener(this::auditTransfer).build();
    IconikWebhookHandler.Builder handlerBuilder = IconikWebhookHandler.builder()
        .replayGuard(b.replayGuard);
    List<TemplateModel.WebhookSubscription> hooks =
        template.iconik().webhooks() == null ? List.of() : template.iconik().webhooks();
    Map<String, List<Secret>> secrets = new LinkedHashMap<>();
    for (TemplateModel.WebhookSubscription w : hooks) {
      if (w.secret_header() != null) {
        secrets.computeIfAbsent(w.secret_header().name(), k -> new ArrayList<>())
            .add(b.resolvers.resolve(w.secret_header().secret()));
      }
    }
    if (secrets.size() != 1) {
      throw new ConfigurationException("template " + template.name() + " must declare exactly one shared-secret"
          + " header name for its iconik webhooks, found " + secrets.keySet());
    }
    secrets.forEach((header, values) -> handlerBuilder.sharedSecrets(header, values.stream().distinct().toList()));
    if (b.systemDomainId != null) {
      handlerBuilder.expectedSystemDomainId(b.systemDomainId);
    }
    new Router(template.routing(), this).register(handlerBuilder);
    this.handler = handlerBuilder.build();
  }

  public static Builder builder(IntegrationTemplate template, IconikClient iconik) {
    return new Builder(template, iconik);
  }

  /**
   * Handles one iconik webhook delivery: verify, parse, de-duplicate, route. Returns what to answer iconik; writes a
   * {@code webhook.received} or {@code webhook.rejected} audit event.
   */
  public WebhookResult receive(WebhookHeaders headers, byte[] body) {
    WebhookResult result = handler.handle(headers, body);
    if (audit != null) {
      boolean accepted = result.httpStatus() < 300;
      audit.emit(audit.newEvent(accepted ? AuditAction.WEBHOOK_RECEIVED : AuditAction.WEBHOOK_REJECTED)
          .operation("iconik webhook " + result.outcome())
          .outcome(accepted ? AuditOutcome.success(result.httpStatus())
              : AuditOutcome.failure(result.outcome().name().toLowerCase(java.util.Locale.ROOT)))
          .build());
    }
    return result;
  }

  /** The webhook handler, e.g. to mount in a servlet. Prefer {@link #receive}, which also audits. */
  public IconikWebhookHandler handler() {
    return handler;
  }

  /** The shared status every action reports to. */
  public IntegrationStatus status() {
    return status;
  }

  /** The template this runtime runs. */
  public IntegrationTemplate template() {
    return template;
  }

  /** Transfers the asset's {@code format} file to the target named {@code targetName}, with mapped metadata. */
  public TransferOutcome transfer(String assetId, String format, String targetName) {
    TransferTarget target = targets.get(targetName);
    if (target == null) {
      throw new ConfigurationException("no transfer target named '" + targetName + "' (known: " + targets.keySet()
          + ")");
    }
    OpenTextMetadata metadata = target instanceof OpenTextTarget ? mapAsset(assetId) : null;
    return transfer.transfer(assetId, format, target, metadata);
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
          "metadata of asset " + assetId + " could not be mapped: " + mapped.issues());
      status.recordFailure(IntegrationStatus.METADATA_SYNC_HEALTHY, "mapping", assetId, failure, null);
      throw failure;
    }
    return mapped.value();
  }

  @Override
  public void transfer(String assetId, String format, String target, AssetEvent cause) {
    transfer(assetId, format, target);
  }

  @Override
  public void notify(String target, AssetEvent event) {
    Notifier notifier = notifiers.get(target);
    if (notifier == null) {
      throw new ConfigurationException("no notifier named '" + target + "'");
    }
    String name = event.getClass().getSimpleName();
    String assetId = Router.assetIdOf(event);
    notifier.notify(new Notification(UUID.nameUUIDFromBytes((name + assetId + event.delivery().requestId()).getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).toString(), name, assetId, template.environment(),
        name + " for asset " + assetId + " (" + template.name() + ")", clock.instant()));
  }

  @Override
  public void syncMetadata(String assetId, AssetEvent cause) {
    if (openText == null || template.opentext() == null) {
      return;
    }
    OpenTextMetadata metadata = mapAsset(assetId);
    String filter = "properties." + ASSET_ID_PROPERTY + " eq '" + assetId + "'";
    int patched = 0;
    try {
      for (CmsInstance instance : openText.cms().list(Category.FILE, template.opentext().cms_type(),
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

  private void auditTransfer(TransferEvent event) {
    if (audit == null || event.kind() == TransferEvent.Kind.STARTED) {
      return;
    }
    var b = audit.newEvent(AuditAction.ASSET_TRANSFERRED)
        .target(AuditTarget.asset(event.id().assetId()))
        .operation("transfer " + event.id().value() + " to " + event.id().target())
        .correlationId(event.id().value());
    if (event.kind() == TransferEvent.Kind.COMPLETED) {
      b.transfer(event.bytes(), "sha256:" + event.sha256()).outcome(AuditOutcome.success());
      if (event.location() != null) {
        b.destination(AuditTarget.of(AuditTarget.Kind.STORAGE, event.location()));
      }
      if (event.md5() != null) {
        b.detail("md5", event.md5());
      }
      if (targets.get(event.id().target()) instanceof AuditedTarget t) {
        b.detail("target_kind", t.kind());
        if (t.credentialId() != null) {
          b.detail("target_credential_id", t.credentialId());
        }
      }
    } else {
      b.outcome(AuditOutcome.failure(event.failure().domain() + "/" + event.failure().reason()));
    }
    audit.emit(b.build());
    if (event.kind() == TransferEvent.Kind.FAILED && event.jobId() != null) {
      audit.emit(audit.newEvent(AuditAction.JOB_FAILED)
          .target(AuditTarget.of(AuditTarget.Kind.JOB, event.jobId()))
          .operation("iconik TRANSFER job of " + event.id().value())
          .correlationId(event.id().value())
          .outcome(AuditOutcome.failure(event.failure().domain() + "/" + event.failure().reason()))
          .build());
    }
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

  private Map<String, TransferTarget> targets(Builder b) {
    Map<String, TransferTarget> out = new HashMap<>();
    template.targets().forEach((name, spec) -> {
      if ("filesystem".equals(spec.kind())) {
        out.put(name, new FileSystemTarget(name, Path.of(spec.path())));
      } else if (!"http".equals(spec.kind()) && !"opentext".equals(spec.kind())) {
        out.put(name, TransferTargetFactory.forKind(name, spec,
            spec.credential() == null ? null : template.credentials().get(spec.credential()), b.resolvers));
      }
    });
    TemplateModel.OpenTextSpec ot = template.opentext();
    if (ot != null && openText != null && ot.cms_type() != null) {
      String folderId = ot.folder() == null ? null
          : CmsFolders.resolve(openText, b.folderType, ot.folder(), true);
      out.put("opentext", OpenTextTarget.builder(openText, ot.cms_type()).folderId(folderId).build());
    }
    b.targets.forEach(t -> out.put(t.name(), t));
    return Map.copyOf(out);
  }

  private Map<String, Notifier> notifiers(Builder b) {
    Map<String, Notifier> out = new HashMap<>();
    template.targets().forEach((name, spec) -> {
      if ("http".equals(spec.kind())) {
        out.put(name, spec.secret() == null ? new LogNotifier()
            : new SignedHttpNotifier(spec.url(), b.resolvers.resolve(spec.secret()), clock));
      }
    });
    out.putAll(b.notifiers);
    return Map.copyOf(out);
  }

  /** Builds an {@link IntegrationRuntime}. Not thread-safe. */
  public static final class Builder {
    private final IntegrationTemplate template;
    private final IconikClient iconik;
    private OpenTextClient openText;
    private MetadataMapper mapper;
    private String metadataViewId;
    private final List<TransferTarget> targets = new ArrayList<>();
    private final Map<String, Notifier> notifiers = new HashMap<>();
    private IntegrationStatus status;
    private AuditContext audit;
    private TransferStore store;
    private ReplayGuard replayGuard;
    private SecretResolvers resolvers = SecretResolvers.defaults();
    private String systemDomainId;
    private String folderType = CmsFolders.DEFAULT_FOLDER_TYPE;
    private Clock clock = Clock.systemUTC();

    private Builder(IntegrationTemplate template, IconikClient iconik) {
      this.template = Objects.requireNonNull(template, "template == null");
      this.iconik = Objects.requireNonNull(iconik, "iconik == null");
    }

    public Builder openText(OpenTextClient client) {
      this.openText = client;
      return this;
    }

    /** The mapper; default: the template's {@code mapping} (a built-in profile or an inline spec). */
    public Builder mapper(MetadataMapper mapper) {
      this.mapper = mapper;
      return this;
    }

    /** The iconik metadata view whose values are mapped to OpenText. Without it no metadata is mapped. */
    public Builder metadataView(String viewId) {
      this.metadataViewId = viewId;
      return this;
    }

    /** Adds a transfer target, or replaces the one of the same name the template defines. */
    public Builder target(TransferTarget target) {
      targets.add(Objects.requireNonNull(target, "target == null"));
      return this;
    }

    /** Adds a notifier, or replaces the one of the same name the template defines. */
    public Builder notifier(String name, Notifier notifier) {
      notifiers.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(notifier, "notifier"));
      return this;
    }

    public Builder status(IntegrationStatus status) {
      this.status = status;
      return this;
    }

    /** Audit trail for webhooks and transfers; none by default. */
    public Builder audit(AuditContext audit) {
      this.audit = audit;
      return this;
    }

    /** Transfer state; default in memory. Use a shared store (sdk-jdbc) for a fleet of workers. */
    public Builder transferStore(TransferStore store) {
      this.store = store;
      return this;
    }

    /** Webhook de-duplication; default in memory. Use a shared guard (sdk-jdbc) for a fleet of receivers. */
    public Builder replayGuard(ReplayGuard guard) {
      this.replayGuard = guard;
      return this;
    }

    public Builder secretResolvers(SecretResolvers resolvers) {
      this.resolvers = Objects.requireNonNull(resolvers, "resolvers == null");
      return this;
    }

    /** Rejects deliveries from any other iconik system domain. */
    public Builder expectedSystemDomainId(String systemDomainId) {
      this.systemDomainId = systemDomainId;
      return this;
    }

    /** The CMS folder type; default {@code cms_folder}. */
    public Builder folderType(String folderType) {
      this.folderType = Objects.requireNonNull(folderType, "folderType == null");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    public IntegrationRuntime build() {
      if (store == null) {
        store = new InMemoryTransferStore(clock);
      }
      if (replayGuard == null) {
        replayGuard = ReplayGuard.inMemory(IconikWebhookHandler.DEFAULT_DEDUP_ENTRIES,
            IconikWebhookHandler.DEFAULT_DEDUP_RETENTION, clock);
      }
      return new IntegrationRuntime(this);
    }
  }
}
