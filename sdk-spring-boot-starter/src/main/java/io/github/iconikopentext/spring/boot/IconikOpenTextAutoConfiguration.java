package io.github.iconikopentext.spring.boot;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.audit.AuditContext;
import io.github.iconikopentext.core.audit.AuditSink;
import io.github.iconikopentext.core.credentials.RefreshListener;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.http.CallListener;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.core.webhook.ReplayGuard;
import io.github.iconikopentext.iconik.IconikClient;
import io.github.iconikopentext.integration.IntegrationRuntime;
import io.github.iconikopentext.integration.status.IntegrationStatus;
import io.github.iconikopentext.integration.transfer.TransferStore;
import io.github.iconikopentext.integration.transfer.TransferTarget;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.auth.OpenTextTokenManager;
import io.github.iconikopentext.spring.boot.internal.OpenTextCredentialsCondition;
import io.github.iconikopentext.spring.boot.internal.PropertiesMapper;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures the SDK from the {@code iconik-opentext.*} properties ({@link IconikOpenTextProperties}). Each bean
 * backs off when the application defines its own of that type:
 *
 * <ul>
 *   <li>{@link Environment} — the active environment ({@code iconik-opentext.environment});
 *   <li>{@link SecretResolvers} — how secret references resolve (default {@code env:}, {@code file:}, {@code prop:});
 *   <li>{@link HttpOptions} — {@code iconik-opentext.http.*}, every {@link CallListener} bean (in order), then every
 *       {@link HttpOptionsCustomizer} bean;
 *   <li>{@link IconikClient} — always; {@link OpenTextClient} and its {@link OpenTextTokenManager} (with every
 *       {@link RefreshListener} bean) — when an OpenText credential is configured;
 *   <li>{@link IntegrationStatus}, and {@link IntegrationRuntime} — when {@code iconik-opentext.template.location}
 *       is set; it takes the {@link AuditSink} (its context changed by every {@link AuditContextCustomizer} bean),
 *       {@link TransferStore}, {@link ReplayGuard} (each if exactly one bean) and {@link TransferTarget} beans, then
 *       every {@link IntegrationRuntimeCustomizer} bean.
 * </ul>
 *
 * <p>Credentials are resolved once at start, so a missing variable or file fails the start naming the property.
 * Clients and the runtime are closed when the context closes (the runtime first), so the SDK's threads end with it.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = IconikOpenTextProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(IconikOpenTextProperties.class)
public class IconikOpenTextAutoConfiguration {

  /** The active environment, from {@code iconik-opentext.environments}. */
  @Bean
  @ConditionalOnMissingBean
  public Environment iconikOpenTextEnvironment(IconikOpenTextProperties properties) {
    return new PropertiesMapper(properties).environment();
  }

  /** Resolves secret references: {@code env:}, {@code file:} and {@code prop:}; define a bean to add schemes. */
  @Bean
  @ConditionalOnMissingBean
  public SecretResolvers iconikOpenTextSecretResolvers() {
    return SecretResolvers.defaults();
  }

  /** The HTTP options of every client: properties, then {@link CallListener} beans, then customizers. */
  @Bean
  @ConditionalOnMissingBean
  public HttpOptions iconikOpenTextHttpOptions(IconikOpenTextProperties properties,
      ObjectProvider<CallListener> listeners, ObjectProvider<HttpOptionsCustomizer> customizers) {
    HttpOptions.Builder builder = new PropertiesMapper(properties).httpOptions();
    listeners.orderedStream().forEach(builder::addCallListener);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** The iconik client of the active environment, with {@code iconik-opentext.credentials.iconik}. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public IconikClient iconikClient(IconikOpenTextProperties properties, Environment environment,
      SecretResolvers resolvers, HttpOptions httpOptions, ObjectProvider<AuditSink> audit) {
    PropertiesMapper mapper = new PropertiesMapper(properties);
    RateLimit limit = mapper.rateLimit("iconik");
    IconikClient.Builder builder = IconikClient.builder(environment,
            mapper.credentials("iconik", environment.name(), resolvers))
        .httpOptions(limit == null ? httpOptions : httpOptions.toBuilder().rateLimit(limit).build());
    audit.ifUnique(builder::audit);
    return builder.build();
  }

  /**
   * The OpenText token manager: the HTTP options without a rate limit, the unique {@link AuditSink} bean, and every
   * {@link RefreshListener} bean (e.g. the token-refresh timer of sdk-micrometer).
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @Conditional(OpenTextCredentialsCondition.class)
  public OpenTextTokenManager openTextTokenManager(HttpOptions httpOptions, ObjectProvider<AuditSink> audit,
      ObjectProvider<RefreshListener> refreshListeners) {
    OpenTextTokenManager.Builder builder = OpenTextTokenManager.builder()
        .httpOptions(httpOptions.toBuilder().rateLimit(null).build());
    audit.ifUnique(builder::audit);
    List<RefreshListener> listeners = refreshListeners.orderedStream().toList();
    if (!listeners.isEmpty()) {
      builder.refreshListener(RefreshListener.of(listeners));
    }
    return builder.build();
  }

  /** The OpenText client of the active environment, with {@code iconik-opentext.credentials.opentext}. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @Conditional(OpenTextCredentialsCondition.class)
  public OpenTextClient openTextClient(IconikOpenTextProperties properties, Environment environment,
      SecretResolvers resolvers, HttpOptions httpOptions, ObjectProvider<AuditSink> audit,
      OpenTextTokenManager tokenManager) {
    PropertiesMapper mapper = new PropertiesMapper(properties);
    OpenTextClient.Builder builder = OpenTextClient.builder(environment)
        .clientCredentials(mapper.credentials("opentext", environment.name(), resolvers))
        .tokenManager(tokenManager)
        .httpOptions(httpOptions);
    RateLimit limit = mapper.rateLimit("cms");
    if (limit != null) {
      builder.cmsRateLimit(limit);
    }
    audit.ifUnique(builder::audit);
    return builder.build();
  }

  /** The status the runtime reports to; the health indicator and info contributor read it. */
  @Bean
  @ConditionalOnMissingBean
  public IntegrationStatus integrationStatus() {
    return IntegrationStatus.create();
  }

  /** The integration runtime of {@code iconik-opentext.template}. */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = IconikOpenTextProperties.PREFIX + ".template", name = "location")
  public IntegrationRuntime integrationRuntime(IconikOpenTextProperties properties, Environment environment,
      ResourceLoader resourceLoader, IconikClient iconik, ObjectProvider<OpenTextClient> openText,
      IntegrationStatus status, SecretResolvers resolvers, ObjectProvider<AuditSink> audit,
      ObjectProvider<TransferStore> transferStore, ObjectProvider<ReplayGuard> replayGuard,
      ObjectProvider<TransferTarget> targets, ObjectProvider<AuditContextCustomizer> auditCustomizers,
      ObjectProvider<IntegrationRuntimeCustomizer> customizers) {
    IconikOpenTextProperties.Template template = properties.getTemplate();
    IntegrationRuntime.Builder builder = IntegrationRuntime.builder(
            new PropertiesMapper(properties).template(resourceLoader, environment.name()), iconik)
        .status(status)
        .secretResolvers(resolvers)
        .metadataView(template.getMetadataView())
        .expectedSystemDomainId(template.getExpectedSystemDomainId());
    openText.ifAvailable(builder::openText);
    audit.ifUnique(sink -> {
      AuditContext.Builder context = AuditContext.builder(sink).environment(environment);
      auditCustomizers.orderedStream().forEach(customizer -> customizer.customize(context));
      builder.audit(context.build());
    });
    transferStore.ifUnique(builder::transferStore);
    replayGuard.ifUnique(builder::replayGuard);
    targets.orderedStream().forEach(builder::target);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    try {
      return builder.build();
    } catch (CredentialException | ConfigurationException e) {
      // e.g. the webhook's shared-secret reference does not resolve: name the template, as for the properties.
      throw new ConfigurationException(IconikOpenTextProperties.PREFIX + ".template (" + template.getLocation()
          + "): " + e.getMessage());
    }
  }
}
