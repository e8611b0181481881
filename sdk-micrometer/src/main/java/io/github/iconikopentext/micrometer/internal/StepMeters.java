package io.github.iconikopentext.micrometer.internal;

import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.integration.observe.Step;
import io.github.iconikopentext.integration.status.FailureClassifier;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.github.iconikopentext.micrometer.SdkMeters;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Meters on the {@link IntegrationObserver} hook: webhook requests received by a runtime (by their result), and
 * transfers — a timer by target, outcome and failure domain, and the bytes of completed ones. Thread-safe.
 */
public final class StepMeters implements IntegrationObserver {
  private final MeterRegistry registry;
  private final WebhookMeters webhooks;
  private final FailureClassifier classifier = new FailureClassifier(Clock.systemUTC());

  public StepMeters(MeterRegistry registry, WebhookMeters webhooks) {
    this.registry = registry;
    this.webhooks = webhooks;
  }

  @Override
  public <T> T observe(Step step, Supplier<T> work) {
    return switch (step.kind()) {
      case WEBHOOK_RECEIVE -> webhook(work);
      case TRANSFER -> transfer(step, work);
      case ROUTE -> work.get();
    };
  }

  private <T> T webhook(Supplier<T> work) {
    T result = work.get();
    if (result instanceof WebhookResult webhook) {
      webhooks.record(webhook);
    }
    return result;
  }

  private <T> T transfer(Step step, Supplier<T> work) {
    String target = step.attribute(Step.TARGET);
    Timer.Sample sample = Timer.start(registry);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      sample.stop(timer(target, "failed", classifier.classify(e, null).domain().name().toLowerCase(Locale.ROOT)));
      throw e;
    }
    if (result instanceof TransferResult transfer) {
      sample.stop(timer(target, transfer.state().name().toLowerCase(Locale.ROOT), "none"));
      if (transfer.state() == TransferResult.State.COMPLETED && transfer.record() != null) {
        DistributionSummary.builder(SdkMeters.TRANSFER_BYTES).description("Bytes of completed transfers")
            .baseUnit("bytes").tag("target", target).register(registry).record(transfer.record().bytes());
      }
    }
    return result;
  }

  private Timer timer(String target, String outcome, String failureDomain) {
    return Timer.builder(SdkMeters.TRANSFERS).description("Transfers, from claim to commit")
        .tags("target", target, "outcome", outcome, "failure.domain", failureDomain).register(registry);
  }
}
