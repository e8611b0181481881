package io.github.iconikopentext.spring.boot.observe;

import io.github.iconikopentext.core.credentials.RefreshListener;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.micrometer.SdkMeters;
import io.github.iconikopentext.spring.boot.IconikOpenTextAutoConfiguration;
import io.github.iconikopentext.spring.boot.IntegrationRuntimeCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The SDK's Micrometer meters ({@code sdk-micrometer}'s {@link SdkMeters}) on the application's
 * {@link MeterRegistry}, when both are present: client calls, retries and rate-limit waits (a {@link CallListener}
 * bean the auto-configured {@code HttpOptions} picks up), OpenText token refreshes (a {@link RefreshListener} bean
 * the auto-configured token manager picks up), and webhook verifications and transfers (an observer on the
 * auto-configured {@code IntegrationRuntime}). Define an {@link SdkMeters} bean to replace it.
 */
@AutoConfiguration(before = IconikOpenTextAutoConfiguration.class, afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({SdkMeters.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class IconikOpenTextMetricsAutoConfiguration {

  /** The SDK's meters, bound to the application's registry. */
  @Bean
  @ConditionalOnMissingBean
  public SdkMeters iconikOpenTextSdkMeters(MeterRegistry registry) {
    return SdkMeters.bindTo(registry);
  }

  /** Times every client call. */
  @Bean
  public CallListener iconikOpenTextMetricsCallListener(SdkMeters meters) {
    return meters.callListener();
  }

  /** Times OpenText token refreshes. */
  @Bean
  public RefreshListener iconikOpenTextMetricsRefreshListener(SdkMeters meters) {
    return meters.tokenRefreshListener();
  }

  /** Counts webhook verifications and times transfers of the runtime. */
  @Bean
  public IntegrationRuntimeCustomizer iconikOpenTextMetricsRuntimeCustomizer(SdkMeters meters) {
    return builder -> builder.addObserver(meters.integrationObserver());
  }
}
