package io.github.iconikopentext.micrometer.internal;

import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.micrometer.SdkMeters;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * Counts webhook requests by outcome and, for a request verification rejected, the reason: {@code
 * no_matching_signature} (a bad signature or secret), {@code timestamp_too_old} (stale), {@code replayed} … A
 * redelivery caught by the handler's de-duplication is outcome {@code duplicate}. Thread-safe.
 */
public final class WebhookMeters {
  private final MeterRegistry registry;

  public WebhookMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Counts {@code result}. */
  public void record(WebhookResult result) {
    registry.counter(SdkMeters.WEBHOOK_VERIFICATIONS,
        "outcome", lower(result.outcome().name()),
        "reason", result.rejection().map(r -> lower(r.name())).orElse("none")).increment();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
