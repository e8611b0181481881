package io.github.iconikopentext.examples.spring;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.iconik.IconikEnvironment;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.testkit.IconikSimulator;
import io.github.iconikopentext.testkit.OpenTextSimulator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The iconik and OpenText simulators, started in-process on loopback, and the two beans that point the starter at
 * them: the {@link Environment} (instead of {@code iconik-opentext.environments}) and the {@link SecretResolvers}
 * that resolve the {@code env:} references of application.properties and of the template to the secrets the
 * simulators generated. Everything else comes from the starter and application.properties, as against real services.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sample.simulated", havingValue = "true", matchIfMissing = true)
class SimulatedSystems {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Bean(destroyMethod = "close")
  IconikSimulator iconikSimulator(@Value("${iconik-opentext.credentials.iconik.id}") String appId) {
    return IconikSimulator.builder().appId(appId).start();
  }

  @Bean(destroyMethod = "close")
  OpenTextSimulator openTextSimulator(@Value("${iconik-opentext.credentials.opentext.id}") String clientId) {
    return OpenTextSimulator.builder().client(clientId, randomSecret()).start();
  }

  @Bean
  Environment simulatedEnvironment(IconikSimulator iconik, OpenTextSimulator openText) {
    return Environment.builder("dev")
        .endpoint(IconikEnvironment.ENDPOINT, iconik.baseUrl().toString())
        .endpoint(OpenTextEnvironment.ENDPOINT, openText.baseUrl())
        .setting(OpenTextEnvironment.TENANT_ID, openText.tenantId())
        .build();
  }

  /** The simulators' secrets, as the "environment variables" the {@code env:} references name. Never logged. */
  @Bean
  SecretResolvers simulatedSecrets(IconikSimulator iconik, OpenTextSimulator openText) {
    return SecretResolvers.builder().environment(Map.of(
        "ICONIK_AUTH_TOKEN", iconik.authToken(),
        "OPENTEXT_CLIENT_SECRET", openText.clientSecret(),
        "ICONIK_WEBHOOK_SECRET", randomSecret())).build();
  }

  @Bean
  SampleStory sampleStory(IconikSimulator simulator, IconikClient iconik, OpenTextClient openText,
      IntegrationRuntime runtime, IntegrationStatus status, SecretResolvers secrets) {
    return new SampleStory(simulator, iconik, openText, runtime, status, secrets);
  }

  private static String randomSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
