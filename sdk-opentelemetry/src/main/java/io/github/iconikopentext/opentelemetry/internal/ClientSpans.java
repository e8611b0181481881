package io.github.iconikopentext.opentelemetry.internal;

import io.github.iconikopentext.core.error.ApiException;
import io.github.iconikopentext.core.http.CallInfo;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.CallSummary;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * A CLIENT span per logical call on the {@link CallListener} hook, after the HTTP client semantic conventions: named
 * {@code {method} {url.template}} (or {@code {method}} without a template), child of the context current where the
 * call started, with {@code http.request.method}, {@code url.full} (query values redacted), {@code server.address},
 * {@code server.port}, {@code url.template}, {@code http.response.status_code}, {@code http.request.resend_count} and
 * {@code error.type}; each retry and rate-limit wait is an event of the span. Thread-safe. Not part of the API.
 */
public final class ClientSpans implements CallListener {
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> METHOD_ORIGINAL = AttributeKey.stringKey("http.request.method_original");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> CLIENT = AttributeKey.stringKey("iconik_opentext.client");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("iconik_opentext.operation");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("iconik_opentext.request_id");
  static final AttributeKey<Long> DELAY_MS = AttributeKey.longKey("iconik_opentext.delay_ms");
  private static final Set<String> KNOWN_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  private final Tracer tracer;
  private final Map<CallInfo, Span> open = new ConcurrentHashMap<>();

  public ClientSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void callStart(CallInfo call) {
    HttpUrl url = call.request().url();
    String method = KNOWN_METHODS.contains(call.method()) ? call.method() : "_OTHER";
    String template = UrlTemplates.of(call);
    var span = tracer.spanBuilder(template == null ? method : method + " " + template)
        .setSpanKind(SpanKind.CLIENT)
        .setParent(Context.current())
        .setAttribute(METHOD, method)
        .setAttribute(URL_FULL, redacted(url))
        .setAttribute(SERVER_ADDRESS, url.host())
        .setAttribute(SERVER_PORT, (long) url.port())
        .setAttribute(CLIENT, call.client())
        .setAttribute(OPERATION, call.operation());
    if (!method.equals(call.method())) {
      span.setAttribute(METHOD_ORIGINAL, call.method());
    }
    if (template != null) {
      span.setAttribute(URL_TEMPLATE, template);
    }
    open.put(call, span.startSpan());
  }

  @Override
  public void callRateLimited(CallInfo call, Duration wait) {
    Span span = open.get(call);
    if (span != null) {
      span.addEvent("rate_limit_wait", Attributes.of(DELAY_MS, wait.toMillis()));
    }
  }

  @Override
  public void callRetry(CallInfo call, int failedAttempt, Throwable failure, Duration delay) {
    Span span = open.get(call);
    if (span != null) {
      span.addEvent("retry", Attributes.of(RESEND_COUNT, (long) failedAttempt, ERROR_TYPE, errorType(failure),
          DELAY_MS, delay.toMillis()));
    }
  }

  @Override
  public void callEnd(CallInfo call, CallSummary summary) {
    Span span = open.remove(call);
    if (span != null) {
      ended(span, summary);
      span.end();
    }
  }

  @Override
  public void callFailed(CallInfo call, CallSummary summary, Throwable failure) {
    Span span = open.remove(call);
    if (span == null) {
      return;
    }
    ended(span, summary);
    span.setAttribute(ERROR_TYPE, errorType(failure));
    span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
    span.recordException(failure);
    span.end();
  }

  private static void ended(Span span, CallSummary summary) {
    if (summary.hasStatus()) {
      span.setAttribute(STATUS_CODE, (long) summary.status());
    }
    if (summary.attempts() > 1) {
      span.setAttribute(RESEND_COUNT, (long) summary.attempts() - 1);
    }
    summary.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
  }

  /** The status code of an HTTP error, else the exception's class name, as {@code error.type} wants it. */
  private static String errorType(Throwable failure) {
    return failure instanceof ApiException api && api.statusCode() > 0
        ? Integer.toString(api.statusCode()) : failure.getClass().getName();
  }

  /** The URL without user info and with every query value replaced by {@code REDACTED}: values may be secrets. */
  static String redacted(HttpUrl url) {
    HttpUrl.Builder b = url.newBuilder().username("").password("").fragment(null);
    for (String name : url.queryParameterNames()) {
      b.setQueryParameter(name, "REDACTED");
    }
    return b.build().toString();
  }
}
