package io.github.iconikopentext.integration.observe;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a running integration, as an {@link IntegrationObserver} is told of it: its kind and what is known when
 * it starts, as attributes whose keys are the constants of this record. Attribute values may identify an asset or a
 * request: fit for a span, not for a metric's tags (use {@link #TARGET}, {@link #EVENT} and {@link #ACTION} there).
 *
 * @param kind what the step does
 * @param attributes what is known at its start, by the keys below (absent when unknown); unmodifiable
 */
public record Step(Kind kind, Map<String, String> attributes) {
  /** The simple name of the routed event type, e.g. {@code ApprovalGranted} (ROUTE). */
  public static final String EVENT = "event";
  /** The routing rule's action: {@code transfer}, {@code notify} or {@code metadata-sync} (ROUTE). */
  public static final String ACTION = "action";
  /** The transfer target's or notifier's name (ROUTE, TRANSFER). */
  public static final String TARGET = "target";
  /** The iconik asset id (ROUTE, TRANSFER). */
  public static final String ASSET_ID = "asset_id";
  /** The iconik format transferred, e.g. {@code ORIGINAL} (TRANSFER). */
  public static final String FORMAT = "format";
  /** The iconik delivery's {@code request_id} (ROUTE). */
  public static final String REQUEST_ID = "request_id";

  /** The kinds of step, each with the result its work returns. */
  public enum Kind {
    /**
     * An iconik webhook delivery handed to {@code IntegrationRuntime.receive}: verified, parsed, de-duplicated and
     * routed. Its work returns the {@code WebhookResult}; routing runs inside it.
     */
    WEBHOOK_RECEIVE,
    /** One routing rule run for one event; its work returns {@code null}. A transfer it starts runs inside it. */
    ROUTE,
    /**
     * One {@code AssetTransfer.transfer} call: picking the file, claiming it, streaming it and committing it. Its
     * work returns the {@code TransferResult} (COMPLETED, SKIPPED or HELD) or throws the transfer's failure.
     */
    TRANSFER
  }

  public Step {
    Objects.requireNonNull(kind, "kind == null");
    attributes = Map.copyOf(attributes);
  }

  /** The attribute of {@code key}, or {@code null} when absent. */
  public @Nullable String attribute(String key) {
    return attributes.get(key);
  }
}
