package io.github.iconikopentext.spring.boot.actuate;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.spring.boot.IconikOpenTextAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot Actuator: the {@code iconikOpenText} health component ({@link IntegrationHealthIndicator};
 * {@code management.health.iconik-opentext.enabled=false} turns it off) and the {@code iconik-opentext} info
 * ({@link IntegrationInfoContributor}; {@code management.info.iconik-opentext.enabled=false}).
 */
@AutoConfiguration(after = IconikOpenTextAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(IntegrationStatus.class)
public class IconikOpenTextActuatorAutoConfiguration {

  /** The {@code iconikOpenText} health component. */
  @Bean
  @ConditionalOnMissingBean(name = "iconikOpenTextHealthIndicator")
  @ConditionalOnEnabledHealthIndicator("iconik-opentext")
  public IntegrationHealthIndicator iconikOpenTextHealthIndicator(IntegrationStatus status) {
    return new IntegrationHealthIndicator(status);
  }

  /** The {@code iconik-opentext} entry of {@code /actuator/info}. */
  @Bean
  @ConditionalOnMissingBean(name = "iconikOpenTextInfoContributor")
  @ConditionalOnEnabledInfoContributor("iconik-opentext")
  public IntegrationInfoContributor iconikOpenTextInfoContributor(Environment environment, IntegrationStatus status,
      ObjectProvider<IntegrationRuntime> runtime) {
    return new IntegrationInfoContributor(environment, status, runtime);
  }
}
