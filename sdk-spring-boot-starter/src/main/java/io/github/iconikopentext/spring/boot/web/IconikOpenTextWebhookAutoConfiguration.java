package io.github.iconikopentext.spring.boot.web;

import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.spring.boot.IconikOpenTextAutoConfiguration;
import io.github.iconikopentext.spring.boot.IconikOpenTextProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Mounts the {@link IconikWebhookController} in a Spring MVC application that has an {@link IntegrationRuntime}, unless
 * {@code iconik-opentext.webhook.enabled=false} or the application defines its own controller bean of that type.
 */
@AutoConfiguration(after = IconikOpenTextAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBean(IntegrationRuntime.class)
@ConditionalOnProperty(prefix = IconikOpenTextProperties.PREFIX + ".webhook", name = "enabled", matchIfMissing = true)
public class IconikOpenTextWebhookAutoConfiguration {

  /** The webhook endpoint at {@code iconik-opentext.webhook.path}. */
  @Bean
  @ConditionalOnMissingBean
  public IconikWebhookController iconikWebhookController(IntegrationRuntime runtime) {
    return new IconikWebhookController(runtime);
  }
}
