package io.github.iconikopentext.integration;

import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.http.internal.SdkThreads;
import io.github.iconikopentext.core.internal.Leased;
import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.core.webhook.WebhookHeaders;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.webhook.AssetEvent;
import io.github.iconikopentext.iconik.webhook.IconikWebhookHandler;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.internal.CmsFolders;
import io.github.iconikopentext.integration.internal.runtime.RuntimeAudit;
import io.github.iconikopentext.integration.internal.runtime.RuntimeHandlers;
import io.github.iconikopentext.integration.internal.runtime.RuntimeWiring;
import io.github.iconikopentext.integration.mapping.MetadataMapper;
import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.integration.observe.Step;
import io.github.iconikopentext.integration.routing.Notifier;
import io.github.iconikopentext.integration.routing.internal.Router;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.transfer.InMemoryTransferStore;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.integration.transfer.TransferStore;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.opentext.OpenTextClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One integration, running: the facade of a resolved {@link IntegrationTemplate} wired to the iconik and OpenText
 * clients. {@link #receive} takes an iconik webhook delivery (verified with the template's shared secret,
 * de-duplicated) and routes asset-state events per the template's rules — approval granted → transfer with the
 * asset's metadata mapped to OpenText, review requested → a {@link Notifier}, upload completed → metadata sync;
 * {@link #status()} reports how all of it goes, and the audit trail (when configured) records it. The wiring and the
 * handlers behind this facade are not part of the API.
 *
 * <p>Build it once per environment and share it; it is thread-safe. {@link #close()} it when the application stops,
 * then the clients it was given (it does not close them): the SDK's threads end with the last of them.
 */
public final class IntegrationRuntime implements AutoCloseable {
  /** The CMS property that links a CMS instance to its iconik asset. */
  public static final String ASSET_ID_PROPERTY = "iconik_asset_id"; // as OpenTextTarget writes it

  private final IntegrationTemplate template;
  private final IntegrationStatus status;
  private final RuntimeAudit audit;
  private final RuntimeHandlers handlers;
  private final IconikWebhookHandler handler;
  private final Router router;
  private final IntegrationObserver observer;
  /** Notifiers and transfers use the SDK's shared HTTP client: the runtime keeps it running until closed. */
  private final Leased.Lease threads;

  private IntegrationRuntime(Builder b) {
    this.template = b.template;
    this.status = b.status != null ? b.status : new IntegrationStatus(b.clock, 100);
    this.audit = new RuntimeAudit(b.audit);
    this.observer = IntegrationObserver.of(b.observers);
    RuntimeWiring.Wired wired = new RuntimeWiring(template, b.iconik, b.openText, b.mapper, b.metadataViewId,
        List.copyOf(b.targets), Map.copyOf(b.notifiers), status, audit, b.store, b.replayGuard, b.resolvers,
        b.systemDomainId, b.folderType, b.clock, observer).wire();
    this.handlers = wired.handlers();
    this.handler = wired.webhookHandler();
    this.router = wired.router();
    this.threads = SdkThreads.acquire();
  }

  /**
   * Releases the runtime's hold on the SDK's shared threads; they stop when no client uses them either. Transfers
   * still running end first; do not receive webhooks afterwards. Does not close the clients, the audit sink or the
   * stores it was given. Idempotent.
   */
  @Override
  public void close() {
    threads.close();
  }

  public static Builder builder(IntegrationTemplate template, IconikClient iconik) {
    return new Builder(template, iconik);
  }

  /**
   * Handles one iconik webhook delivery: verify, parse, de-duplicate, route. Returns what to answer iconik; writes a
   * {@code webhook.received} or {@code webhook.rejected} audit event. The call is one
   * {@link Step.Kind#WEBHOOK_RECEIVE} step of the {@link Builder#addObserver observers}, and the routing and
   * transfers it starts are steps within it.
   */
  public WebhookResult receive(WebhookHeaders headers, byte[] body) {
    return observer.observe(new Step(Step.Kind.WEBHOOK_RECEIVE, Map.of()), () -> {
      WebhookResult result = handler.handle(headers, body);
      audit.webhook(result);
      return result;
    });
  }

  /**
   * Runs the template's routing rules for {@code event} on the calling thread, as {@link #receive} does after
   * verifying a delivery: for events that arrive other than by webhook (e.g. from a Kafka topic, already verified and
   * de-duplicated by the receiver that published them). Rules' failures are reported to {@link #status()} and
   * thrown. Returns the results of the transfers the rules ran, in rule order: a HELD one is another worker's
   * (whose lease may run out before it finishes), so a caller that must see it done routes the event again later.
   */
  public List<TransferResult> route(AssetEvent event) {
    return router.route(Objects.requireNonNull(event, "event == null"));
  }

  /** The shared status every action reports to. */
  public IntegrationStatus status() {
    return status;
  }

  /** The template this runtime runs. */
  public IntegrationTemplate template() {
    return template;
  }

  /** The webhook handler, e.g. to mount in a servlet. Prefer {@link #receive}, which also audits. */
  public IconikWebhookHandler handler() {
    return handler;
  }

  /**
   * Transfers the asset's {@code format} file to the target named {@code targetName}, with mapped metadata — what
   * a routed {@code transfer} rule does, started by hand.
   */
  public TransferResult transfer(String assetId, String format, String targetName) {
    return handlers.transfer(assetId, format, targetName);
  }

  /** Reads the asset's metadata from iconik and maps it to OpenText; mapping errors fail as INTEGRATION. */
  public OpenTextMetadata mapAsset(String assetId) {
    return handlers.mapAsset(assetId);
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
    private final List<IntegrationObserver> observers = new ArrayList<>();

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

    /**
     * Adds an observer of the runtime's steps — each webhook's receipt, each routing rule run, each transfer — and
     * of the tasks transfers hand to their own threads (sdk-opentelemetry's {@code SdkTracing}, sdk-micrometer's
     * {@code SdkMeters}). Observers run in the order added, the first outermost.
     */
    public Builder addObserver(IntegrationObserver observer) {
      observers.add(Objects.requireNonNull(observer, "observer == null"));
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
