package io.github.iconikopentext.opentelemetry;

import io.github.iconikopentext.core.audit.AuditEvent;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.integration.observe.IntegrationObserver;
import io.github.iconikopentext.opentelemetry.internal.ClientSpans;
import io.github.iconikopentext.opentelemetry.internal.StepSpans;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The SDK's OpenTelemetry traces, from one {@link OpenTelemetry} instance. Register its hooks:
 *
 * <ul>
 *   <li>{@link #callListener()} on {@code HttpOptions.builder().addCallListener(...)}: a CLIENT span per call after
 *       the HTTP client semantic conventions, retries and rate-limit waits as its events;
 *   <li>{@link #integrationObserver()} on {@code IntegrationRuntime.builder(...).addObserver(...)} (or
 *       {@code AssetTransfer.builder(...).addObserver(...)}): a span for a webhook's receipt, each routing rule it
 *       runs and each transfer, nested, with the trace carried onto the transfer threads — so a webhook, its routing,
 *       its transfer and their client calls are one trace;
 *   <li>{@link #auditEnricher()} on {@code AuditContext.builder(...).enricher(...)}: every audit event records the
 *       {@value #TRACE_ID} and {@value #SPAN_ID} of the span current where it was made.
 * </ul>
 *
 * <p>Spans are made by the tracer named {@value #INSTRUMENTATION_NAME}. Span and attribute names are listed in
 * docs/observability.md. Thread-safe: one instance serves every client and runtime of an application.
 */
public final class SdkTracing {
  /** The instrumentation scope of the SDK's spans. */
  public static final String INSTRUMENTATION_NAME = "io.github.iconikopentext.sdk";
  /** The audit event detail holding the W3C trace id (32 hex digits). */
  public static final String TRACE_ID = "trace_id";
  /** The audit event detail holding the span id (16 hex digits). */
  public static final String SPAN_ID = "span_id";

  private final ClientSpans clientSpans;
  private final StepSpans stepSpans;

  private SdkTracing(Tracer tracer) {
    this.clientSpans = new ClientSpans(tracer);
    this.stepSpans = new StepSpans(tracer);
  }

  /** The SDK's traces through {@code openTelemetry} (e.g. {@code GlobalOpenTelemetry.get()}). */
  public static SdkTracing create(OpenTelemetry openTelemetry) {
    return new SdkTracing(Objects.requireNonNull(openTelemetry, "openTelemetry == null")
        .getTracer(INSTRUMENTATION_NAME));
  }

  /** Makes a CLIENT span of every call of the clients built with the options it is added to. */
  public CallListener callListener() {
    return clientSpans;
  }

  /** Makes a span of every step of the runtime or transfer it is added to, and carries the trace to SDK threads. */
  public IntegrationObserver integrationObserver() {
    return stepSpans;
  }

  /** Adds the current span's trace and span ids to each audit event, when a span is current. */
  public Consumer<AuditEvent.Builder> auditEnricher() {
    return event -> {
      SpanContext span = Span.current().getSpanContext();
      if (span.isValid()) {
        event.detail(TRACE_ID, span.getTraceId()).detail(SPAN_ID, span.getSpanId());
      }
    };
  }
}
