package io.github.iconikopentext.micrometer;

import io.github.iconikopentext.core.audit.AsyncAuditSink;
import io.github.iconikopentext.core.credentials.RefreshListener;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.micrometer.internal.CallMeters;
import io.github.iconikopentext.micrometer.internal.StepMeters;
import io.github.iconikopentext.micrometer.internal.TokenMeters;
import io.github.iconikopentext.micrometer.internal.WebhookMeters;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Objects;

/**
 * The SDK's Micrometer meters, bound to one {@link MeterRegistry}. Create one per registry and register its listeners
 * on the SDK's hooks:
 *
 * <ul>
 *   <li>{@link #callListener()} on {@code HttpOptions.builder().addCallListener(...)}: {@value #CLIENT_CALLS},
 *       {@value #CLIENT_RETRIES}, {@value #CLIENT_RATE_LIMIT_WAITS};
 *   <li>{@link #tokenRefreshListener()} on {@code OpenTextTokenManager.builder().refreshListener(...)} (or a
 *       {@code CachingCredentialsProvider}): {@value #TOKEN_REFRESHES};
 *   <li>{@link #integrationObserver()} on {@code IntegrationRuntime.builder(...).addObserver(...)} or
 *       {@code AssetTransfer.builder(...).addObserver(...)}: {@value #WEBHOOK_VERIFICATIONS} (runtime only),
 *       {@value #TRANSFERS}, {@value #TRANSFER_BYTES};
 *   <li>{@link #monitor(AsyncAuditSink, String)} for each asynchronous audit sink: {@value #AUDIT_QUEUE_DEPTH},
 *       {@value #AUDIT_QUEUE_CAPACITY};
 *   <li>{@link #recordWebhook(WebhookResult)} for an {@code IconikWebhookHandler} used without a runtime.
 * </ul>
 *
 * <p>Names follow Micrometer's conventions — dot-separated lower-case words, base units (seconds, bytes), tags of
 * low cardinality (client, operation, target, outcome; never an asset or request id) — so each registry renders them
 * its own way (Prometheus: {@code iconik_opentext_client_calls_seconds_count}). Meters are registered when first
 * recorded. Thread-safe: one instance serves every client, runtime and sink of an application.
 */
public final class SdkMeters {
  /** Timer of logical client calls (retries included), by client, operation, method, outcome, status class, exception. */
  public static final String CLIENT_CALLS = "iconik.opentext.client.calls";
  /** Counter of retried attempts, by client, operation and the exception that caused the retry. */
  public static final String CLIENT_RETRIES = "iconik.opentext.client.retries";
  /** Timer of waits for a client-side rate-limit permit, by client and operation. */
  public static final String CLIENT_RATE_LIMIT_WAITS = "iconik.opentext.client.rate.limit.waits";
  /** Timer of token refreshes (fetches from the token endpoint), by outcome ({@code success}, {@code failure}). */
  public static final String TOKEN_REFRESHES = "iconik.opentext.token.refreshes";
  /** Counter of iconik webhook requests, by outcome (accepted, duplicate, unauthorized …) and verification reason. */
  public static final String WEBHOOK_VERIFICATIONS = "iconik.opentext.webhook.verifications";
  /** Timer of transfers, by target, outcome (completed, skipped, held, failed) and failure domain. */
  public static final String TRANSFERS = "iconik.opentext.transfers";
  /** Distribution summary of the bytes of completed transfers, by target. */
  public static final String TRANSFER_BYTES = "iconik.opentext.transfer.bytes";
  /** Gauge of the events queued in an asynchronous audit sink, by sink. */
  public static final String AUDIT_QUEUE_DEPTH = "iconik.opentext.audit.queue.depth";
  /** Gauge of an asynchronous audit sink's queue capacity, by sink. */
  public static final String AUDIT_QUEUE_CAPACITY = "iconik.opentext.audit.queue.capacity";

  private final MeterRegistry registry;
  private final CallMeters calls;
  private final TokenMeters tokens;
  private final WebhookMeters webhooks;
  private final StepMeters steps;

  private SdkMeters(MeterRegistry registry) {
    this.registry = registry;
    this.calls = new CallMeters(registry);
    this.tokens = new TokenMeters(registry);
    this.webhooks = new WebhookMeters(registry);
    this.steps = new StepMeters(registry, webhooks);
  }

  /** The SDK's meters in {@code registry}. */
  public static SdkMeters bindTo(MeterRegistry registry) {
    return new SdkMeters(Objects.requireNonNull(registry, "registry == null"));
  }

  /** Times every call of the clients built with the options it is added to; counts retries and rate-limit waits. */
  public CallListener callListener() {
    return calls;
  }

  /** Times every token refresh of the token manager or caching provider it is given to. */
  public RefreshListener tokenRefreshListener() {
    return tokens;
  }

  /**
   * Counts the webhook requests a runtime receives and times the transfers of the runtime or {@code AssetTransfer}
   * it is added to. It carries no context to the transfer threads (that is sdk-opentelemetry's).
   */
  public IntegrationObserver integrationObserver() {
    return steps;
  }

  /** Counts one webhook request handled by an {@code IconikWebhookHandler} outside a runtime. */
  public void recordWebhook(WebhookResult result) {
    webhooks.record(Objects.requireNonNull(result, "result == null"));
  }

  /**
   * Gauges {@code sink}'s queue depth and capacity, tagged {@code sink=name}. The gauge holds the sink weakly: a
   * closed and dropped sink stops being reported.
   *
   * @return this, for chaining
   */
  public SdkMeters monitor(AsyncAuditSink sink, String name) {
    Objects.requireNonNull(sink, "sink == null");
    Tags tags = Tags.of("sink", Objects.requireNonNull(name, "name == null"));
    Gauge.builder(AUDIT_QUEUE_DEPTH, sink, AsyncAuditSink::queueDepth).tags(tags).baseUnit("events")
        .description("Audit events queued and not yet written").register(registry);
    Gauge.builder(AUDIT_QUEUE_CAPACITY, sink, AsyncAuditSink::capacity).tags(tags).baseUnit("events")
        .description("Audit events the queue holds at most").register(registry);
    return this;
  }

  @Override
  public String toString() {
    return "SdkMeters{" + registry.getClass().getSimpleName() + "}";
  }
}
