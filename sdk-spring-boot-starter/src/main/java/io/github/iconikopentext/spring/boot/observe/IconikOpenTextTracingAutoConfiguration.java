package io.github.iconikopentext.spring.boot.observe;

import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.opentelemetry.SdkTracing;
import io.github.iconikopentext.spring.boot.AuditContextCustomizer;
import io.github.iconikopentext.spring.boot.IconikOpenTextAutoConfiguration;
import io.github.iconikopentext.spring.boot.IntegrationRuntimeCustomizer;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The SDK's OpenTelemetry spans ({@code sdk-opentelemetry}'s {@link SdkTracing}) on the application's
 * {@link OpenTelemetry} bean, when both are present: a CLIENT span per client call (a {@link CallListener} bean the
 * auto-configured {@code HttpOptions} picks up), webhook receipt → routing → transfer as one trace (an observer on
 * the auto-configured {@code IntegrationRuntime}), and trace and span ids in the runtime's audit events. Define an
 * {@link SdkTracing} bean to replace it. The {@link OpenTelemetry} bean comes from the application or from an
 * OpenTelemetry starter.
 */
@AutoConfiguration(before = IconikOpenTextAutoConfiguration.class, afterName = {
    "io.opentelemetry.instrumentation.spring.autoconfigure.OpenTelemetryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.tracing.OpenTelemetryTracingAutoConfiguration"})
@ConditionalOnClass({SdkTracing.class, OpenTelemetry.class})
@ConditionalOnBean(OpenTelemetry.class)
public class IconikOpenTextTracingAutoConfiguration {

  /** The SDK's tracing on the application's OpenTelemetry. */
  @Bean
  @ConditionalOnMissingBean
  public SdkTracing iconikOpenTextSdkTracing(OpenTelemetry openTelemetry) {
    return SdkTracing.create(openTelemetry);
  }

  /** A CLIENT span per client call. */
  @Bean
  public CallListener iconikOpenTextTracingCallListener(SdkTracing tracing) {
    return tracing.callListener();
  }

  /** Receive, route and transfer spans of the runtime, one trace per webhook delivery. */
  @Bean
  public IntegrationRuntimeCustomizer iconikOpenTextTracingRuntimeCustomizer(SdkTracing tracing) {
    return builder -> builder.addObserver(tracing.integrationObserver());
  }

  /** Trace and span ids in the runtime's audit events. */
  @Bean
  public AuditContextCustomizer iconikOpenTextTracingAuditCustomizer(SdkTracing tracing) {
    return builder -> builder.enricher(tracing.auditEnricher());
  }
}
