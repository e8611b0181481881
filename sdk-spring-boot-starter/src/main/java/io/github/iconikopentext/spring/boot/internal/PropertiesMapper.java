package io.github.iconikopentext.spring.boot.internal;

import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.credentials.CredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.credentials.SecretReferenceCredentialsProvider;
import io.github.iconikopentext.core.credentials.SecretResolvers;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.error.CredentialException;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.RateLimit;
import io.github.iconikopentext.core.http.RetryPolicy;
import io.github.iconikopentext.integration.template.IntegrationTemplate;
import io.github.iconikopentext.integration.template.TemplateException;
import io.github.iconikopentext.integration.template.TemplateSource;
import io.github.iconikopentext.integration.template.TemplateValues;
import io.github.iconikopentext.spring.boot.HttpProperties;
import io.github.iconikopentext.spring.boot.IconikOpenTextProperties;
import io.github.iconikopentext.spring.boot.IconikOpenTextProperties.Credential;
import io.github.iconikopentext.spring.boot.IconikOpenTextProperties.EnvironmentProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Turns bound {@link IconikOpenTextProperties} into the SDK's values. Every failure is a
 * {@link ConfigurationException} whose message starts with the property that is wrong; none repeats a secret.
 */
public final class PropertiesMapper {
  private static final String PREFIX = IconikOpenTextProperties.PREFIX;

  private final IconikOpenTextProperties properties;

  public PropertiesMapper(IconikOpenTextProperties properties) {
    this.properties = properties;
  }

  /** The key of the active environment. */
  public String activeEnvironmentName() {
    Map<String, EnvironmentProperties> all = properties.getEnvironments();
    String chosen = properties.getEnvironment();
    if (chosen == null || chosen.isBlank()) {
      if (all.size() == 1) {
        return all.keySet().iterator().next();
      }
      throw new ConfigurationException(all.isEmpty()
          ? PREFIX + ".environments is empty: configure at least one environment, e.g. "
              + PREFIX + ".environments.dev.endpoints.iconik=https://app.iconik.io"
          : PREFIX + ".environment is not set: choose one of " + all.keySet());
    }
    if (!all.containsKey(chosen)) {
      throw new ConfigurationException(PREFIX + ".environment is '" + chosen + "', but " + PREFIX
          + ".environments has no such environment (configured: " + all.keySet() + ")");
    }
    return chosen;
  }

  /** The active environment. */
  public Environment environment() {
    String name = activeEnvironmentName();
    EnvironmentProperties env = properties.getEnvironments().get(name);
    String property = PREFIX + ".environments." + name;
    if (env.getEndpoints().isEmpty()) {
      throw new ConfigurationException(property + ".endpoints is empty: set at least " + property
          + ".endpoints.iconik");
    }
    try {
      Environment.Builder builder = Environment.builder(name).settings(env.getSettings())
          .allowInsecureHttp(env.isAllowInsecureHttp());
      env.getEndpoints().forEach(builder::endpoint);
      return builder.build();
    } catch (ConfigurationException e) {
      throw new ConfigurationException(property + ": " + e.getMessage());
    }
  }

  /**
   * The credential {@code system} ({@code iconik} or {@code opentext}) of the environment {@code name}: its own, else
   * the shared one. The secret reference is checked to use a scheme {@code resolvers} know, and resolved once so that
   * a missing variable or file fails the start.
   */
  public CredentialsProvider credentials(String system, String name, SecretResolvers resolvers) {
    EnvironmentProperties env = properties.getEnvironments().get(name);
    Credential own = env == null ? new Credential() : credential(env.getCredentials(), system);
    boolean useOwn = own.isConfigured();
    Credential credential = useOwn ? own : credential(properties.getCredentials(), system);
    String property = PREFIX + (useOwn ? ".environments." + name : "") + ".credentials." + system;
    if (credential.getId() == null || credential.getId().isBlank()) {
      throw new ConfigurationException(property + ".id is not set: the " + label(system) + " is required");
    }
    if (credential.getSecret() == null || credential.getSecret().isBlank()) {
      throw new ConfigurationException(property + ".secret is not set: give a secret reference such as env:NAME, "
          + "file:/path or prop:name");
    }
    SecretReference reference;
    try {
      reference = SecretReference.parse(credential.getSecret());
    } catch (ConfigurationException e) {
      throw new ConfigurationException(property + ".secret: " + e.getMessage());
    }
    if (!resolvers.schemes().contains(reference.scheme())) {
      throw new ConfigurationException(property + ".secret uses a scheme no secret resolver knows (known: "
          + resolvers.schemes() + "; the value is not shown)");
    }
    CredentialsProvider provider = SecretReferenceCredentialsProvider.of(credential.getId(), reference, resolvers);
    try {
      provider.resolveCredential();
    } catch (CredentialException | ConfigurationException e) {
      throw new ConfigurationException(property + ".secret does not resolve: " + e.getMessage());
    }
    return provider;
  }

  /** The shared HTTP options, without rate limit (each client applies its own). */
  public HttpOptions.Builder httpOptions() {
    HttpProperties http = properties.getHttp();
    HttpProperties.Retry retry = http.getRetry();
    try {
      return HttpOptions.builder()
          .connectTimeout(http.getConnectTimeout())
          .readTimeout(http.getReadTimeout())
          .writeTimeout(http.getWriteTimeout())
          .callTimeout(http.getCallTimeout())
          .maxResponseBytes(http.getMaxResponseSize().toBytes())
          .retryPolicy(new RetryPolicy(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff(),
              retry.getMaxRetryAfter(), retry.getTotalBudget(), retry.getJitter()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ConfigurationException(PREFIX + ".http: " + e.getMessage());
    }
  }

  /** The rate limit {@code system} ({@code iconik} or {@code cms}) is configured with, or {@code null} for the default. */
  public RateLimit rateLimit(String system) {
    HttpProperties.RateLimitProperties limit = system.equals("cms")
        ? properties.getHttp().getRateLimit().getCms() : properties.getHttp().getRateLimit().getIconik();
    if (limit.getPermitsPerSecond() == null) {
      return null;
    }
    try {
      RateLimit rate = RateLimit.perSecond(limit.getPermitsPerSecond()).withMaxWait(limit.getMaxWait());
      return limit.getBurst() == null ? rate : rate.withBurst(limit.getBurst());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ConfigurationException(PREFIX + ".http.rate-limit." + system + ": " + e.getMessage());
    }
  }

  /** The template at {@code template.location}, resolved with {@code template.values} for the active environment. */
  public IntegrationTemplate template(ResourceLoader loader, String environmentName) {
    String location = properties.getTemplate().getLocation();
    String property = PREFIX + ".template.location";
    Resource resource = loader.getResource(location);
    String json;
    try (InputStream in = resource.getInputStream()) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException(property + ": cannot read " + location + " (" + e.getMessage() + ")");
    }
    try {
      return TemplateSource.parse(json, location)
          .resolve(new TemplateValues(environmentName, properties.getTemplate().getValues()));
    } catch (TemplateException e) {
      throw new ConfigurationException(PREFIX + ".template (" + location + ", values from " + PREFIX
          + ".template.values): " + e.getMessage());
    }
  }

  /**
   * Whether a credential of {@code system} is configured for the active environment or shared; {@code false} when
   * the active environment cannot be told.
   */
  public boolean hasCredential(String system) {
    if (credential(properties.getCredentials(), system).isConfigured()) {
      return true;
    }
    EnvironmentProperties env = properties.getEnvironments().get(properties.getEnvironment());
    if (env == null && properties.getEnvironments().size() == 1) {
      env = properties.getEnvironments().values().iterator().next();
    }
    return env != null && credential(env.getCredentials(), system).isConfigured();
  }

  private static Credential credential(IconikOpenTextProperties.Credentials credentials, String system) {
    return system.equals("opentext") ? credentials.getOpentext() : credentials.getIconik();
  }

  private static String label(String system) {
    return system.equals("opentext") ? "OpenText OAuth client id" : "iconik App-ID";
  }
}
