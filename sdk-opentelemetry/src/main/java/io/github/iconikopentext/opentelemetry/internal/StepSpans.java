package io.github.iconikopentext.opentelemetry.internal;

import io.github.iconikopentext.iconik.webhook.WebhookResult;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.integration.observe.Step;
import io.github.iconikopentext.integration.transfer.TransferResult;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A span per step of a running integration on the {@link IntegrationObserver} hook, made current while the step
 * runs so that the steps and client calls within it are its children: {@code receive iconik webhook},
 * {@code route {event}}, {@code transfer {target}} (kind INTERNAL). Tasks handed to the SDK's threads carry the
 * current context. Thread-safe. Not part of the API.
 */
public final class StepSpans implements IntegrationObserver {
  static final String PREFIX = "iconik_opentext.";
  static final AttributeKey<String> WEBHOOK_OUTCOME = AttributeKey.stringKey(PREFIX + "webhook.outcome");
  static final AttributeKey<String> WEBHOOK_REASON = AttributeKey.stringKey(PREFIX + "webhook.reason");
  static final AttributeKey<String> TRANSFER_STATE = AttributeKey.stringKey(PREFIX + "transfer.state");
  static final AttributeKey<String> TRANSFER_ID = AttributeKey.stringKey(PREFIX + "transfer.id");
  static final AttributeKey<Long> TRANSFER_BYTES = AttributeKey.longKey(PREFIX + "transfer.bytes");
  static final AttributeKey<Long> TRANSFER_ATTEMPTS = AttributeKey.longKey(PREFIX + "transfer.attempts");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Tracer tracer;

  public StepSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public <T> T observe(Step step, Supplier<T> work) {
    SpanBuilder builder = tracer.spanBuilder(name(step)).setParent(Context.current());
    for (Map.Entry<String, String> attribute : step.attributes().entrySet()) {
      builder.setAttribute(PREFIX + attribute.getKey(), attribute.getValue());
    }
    Span span = builder.startSpan();
    try (Scope ignored = span.makeCurrent()) {
      T result = work.get();
      ended(span, result);
      return result;
    } catch (RuntimeException | Error e) {
      span.setAttribute(ERROR_TYPE, e.getClass().getName());
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  @Override
  public Runnable propagate(Runnable task) {
    return Context.current().wrap(task);
  }

  private static String name(Step step) {
    return switch (step.kind()) {
      case WEBHOOK_RECEIVE -> "receive iconik webhook";
      case ROUTE -> "route " + step.attribute(Step.EVENT);
      case TRANSFER -> "transfer " + step.attribute(Step.TARGET);
    };
  }

  private static void ended(Span span, Object result) {
    if (result instanceof WebhookResult webhook) {
      span.setAttribute(WEBHOOK_OUTCOME, lower(webhook.outcome().name()));
      webhook.rejection().ifPresent(reason -> span.setAttribute(WEBHOOK_REASON, lower(reason.name())));
      if (webhook.httpStatus() >= 500) {
        span.setStatus(StatusCode.ERROR, webhook.outcome().name());
      }
    } else if (result instanceof TransferResult transfer) {
      span.setAttribute(TRANSFER_STATE, lower(transfer.state().name()));
      span.setAttribute(TRANSFER_ATTEMPTS, (long) transfer.attempts());
      if (transfer.record() != null) {
        span.setAttribute(TRANSFER_ID, transfer.record().transferId());
        span.setAttribute(TRANSFER_BYTES, transfer.record().bytes());
      }
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
