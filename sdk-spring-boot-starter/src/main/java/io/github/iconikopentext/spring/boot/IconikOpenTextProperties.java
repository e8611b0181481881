package io.github.iconikopentext.spring.boot;

import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@value #PREFIX}{@code .*} properties: environments, credentials (secret references only), HTTP options, the
 * integration template and the webhook endpoint.
 *
 * <p>Credentials hold references such as {@code env:ICONIK_AUTH_TOKEN}, {@code file:/run/secrets/iconik} or
 * {@code prop:iconik.token}, never secret values: a value that is not a reference fails the application's start with
 * a message naming the property and not repeating the value.
 *
 * <p>A mutable JavaBean as Spring Boot binds it; not thread-safe to change, read-only once bound.
 */
@ConfigurationProperties(prefix = IconikOpenTextProperties.PREFIX)
public class IconikOpenTextProperties implements InitializingBean {
  /** The prefix of every property of the starter. */
  public static final String PREFIX = "iconik-opentext";

  /** Whether to auto-configure the SDK's clients, runtime, webhook endpoint and Actuator contributors. */
  private boolean enabled = true;

  /**
   * The active environment: a key of {@code environments} the clients and the runtime connect to. May be omitted
   * when exactly one environment is configured.
   */
  private String environment;

  /** Named environments (dev, test, prod …): their endpoints, settings and, optionally, their own credentials. */
  private Map<String, EnvironmentProperties> environments = new LinkedHashMap<>();

  /** The credentials of the active environment, unless it has its own. */
  private final Credentials credentials = new Credentials();

  /** Timeouts, retry and rate limits of every SDK call. */
  private final Http http = new Http();

  /** The integration template the runtime runs. */
  private final Template template = new Template();

  /** The webhook endpoint iconik delivers to. */
  private final Webhook webhook = new Webhook();

  /**
   * Refuses a literal secret where a secret reference belongs, naming the property, never the value.
   *
   * @throws ConfigurationException naming the first offending property
   */
  @Override
  public void afterPropertiesSet() {
    credentials.check(PREFIX + ".credentials");
    environments.forEach((name, env) -> env.getCredentials().check(PREFIX + ".environments." + name + ".credentials"));
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getEnvironment() {
    return environment;
  }

  public void setEnvironment(String environment) {
    this.environment = environment;
  }

  public Map<String, EnvironmentProperties> getEnvironments() {
    return environments;
  }

  public void setEnvironments(Map<String, EnvironmentProperties> environments) {
    this.environments = environments;
  }

  public Credentials getCredentials() {
    return credentials;
  }

  public Http getHttp() {
    return http;
  }

  public Template getTemplate() {
    return template;
  }

  public Webhook getWebhook() {
    return webhook;
  }

  /** One environment: as {@link io.github.iconikopentext.core.Environment} has it. */
  public static class EnvironmentProperties {
    /**
     * Endpoint base URLs by endpoint name: {@code iconik} (e.g. https://app.iconik.io) and {@code opentext} (e.g.
     * https://us.api.opentext.com). https only, except on loopback or with allow-insecure-http.
     */
    private Map<String, String> endpoints = new LinkedHashMap<>();

    /**
     * Free-form settings, never secrets: e.g. {@code opentext.tenant-id}, {@code opentext.css.base-url}.
     */
    private Map<String, String> settings = new LinkedHashMap<>();

    /** Allows plain http to non-loopback hosts. Never for production. */
    private boolean allowInsecureHttp;

    /** This environment's own credentials; each one not set here comes from iconik-opentext.credentials. */
    private final Credentials credentials = new Credentials();

    public Map<String, String> getEndpoints() {
      return endpoints;
    }

    public void setEndpoints(Map<String, String> endpoints) {
      this.endpoints = endpoints;
    }

    public Map<String, String> getSettings() {
      return settings;
    }

    public void setSettings(Map<String, String> settings) {
      this.settings = settings;
    }

    public boolean isAllowInsecureHttp() {
      return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
    }

    public Credentials getCredentials() {
      return credentials;
    }
  }

  /** The credentials of both systems. */
  public static class Credentials {
    /** The iconik App-ID and a reference to its Auth-Token. */
    private final Credential iconik = new Credential();

    /**
     * The OpenText OAuth client id and a reference to its client secret. Without it no OpenTextClient is
     * configured.
     */
    private final Credential opentext = new Credential();

    public Credential getIconik() {
      return iconik;
    }

    public Credential getOpentext() {
      return opentext;
    }

    void check(String prefix) {
      iconik.check(prefix + ".iconik");
      opentext.check(prefix + ".opentext");
    }
  }

  /** A credential: a non-secret id and a reference to its secret. */
  public static class Credential {
    /** The non-secret id: the iconik App-ID, or the OpenText OAuth client id. */
    private String id;

    /**
     * A reference to the secret, e.g. {@code env:ICONIK_AUTH_TOKEN}, {@code file:/run/secrets/iconik-token} or
     * {@code prop:iconik.token}; never the secret itself.
     */
    private String secret;

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getSecret() {
      return secret;
    }

    public void setSecret(String secret) {
      this.secret = secret;
    }

    /** Whether an id or a secret is set. */
    public boolean isConfigured() {
      return id != null || secret != null;
    }

    void check(String property) {
      if (secret != null && !SecretReference.looksLikeReference(secret.strip())) {
        throw new ConfigurationException(property + ".secret must be a secret reference such as env:NAME, "
            + "file:/path or prop:name; a secret value is refused there (the value is not shown)");
      }
    }
  }

  /** HTTP options of every client. Defaults are those of {@code HttpOptions.defaults()}. */
  public static class Http {
    /** Connect timeout of one network operation. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** Read timeout of one network operation. */
    private Duration readTimeout = Duration.ofSeconds(60);

    /** Write timeout of one network operation. */
    private Duration writeTimeout = Duration.ofSeconds(60);

    /** Timeout of one attempt from start to end; 0 for none (calls still end at the retry's total budget). */
    private Duration callTimeout = Duration.ZERO;

    /** The largest response that is not streamed. */
    private DataSize maxResponseSize = DataSize.ofMegabytes(32);

    /** When and how often a failed call is tried again. */
    private final Retry retry = new Retry();

    /** Client-side rate limits. */
    private final RateLimits rateLimit = new RateLimits();

    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
      return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
    }

    public Duration getWriteTimeout() {
      return writeTimeout;
    }

    public void setWriteTimeout(Duration writeTimeout) {
      this.writeTimeout = writeTimeout;
    }

    public Duration getCallTimeout() {
      return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
    }

    public DataSize getMaxResponseSize() {
      return maxResponseSize;
    }

    public void setMaxResponseSize(DataSize maxResponseSize) {
      this.maxResponseSize = maxResponseSize;
    }

    public Retry getRetry() {
      return retry;
    }

    public RateLimits getRateLimit() {
      return rateLimit;
    }
  }

  /** The retry policy, as {@code RetryPolicy} has it. */
  public static class Retry {
    /** Total attempts including the first; 1 disables retries. */
    private int maxAttempts = 4;

    /** The wait before the first retry when the server sends no Retry-After. */
    private Duration initialBackoff = Duration.ofMillis(250);

    /** The largest exponential wait. */
    private Duration maxBackoff = Duration.ofSeconds(8);

    /** The largest Retry-After honoured; longer hints are cut to it. */
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    /** The most time one call may take, waits included: its deadline. */
    private Duration totalBudget = Duration.ofMinutes(2);

    /** The random fraction (0 to 1) applied to exponential waits. */
    private double jitter = 0.5;

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }

    public Duration getTotalBudget() {
      return totalBudget;
    }

    public void setTotalBudget(Duration totalBudget) {
      this.totalBudget = totalBudget;
    }

    public double getJitter() {
      return jitter;
    }

    public void setJitter(double jitter) {
      this.jitter = jitter;
    }
  }

  /** The client-side rate limits of iconik and of OpenText CMS. */
  public static class RateLimits {
    /** iconik's limit; unset: the SDK's default of 50 requests per second. */
    private final RateLimitProperties iconik = new RateLimitProperties();

    /** OpenText CMS's limit; unset: the SDK's default of 5 requests per second. */
    private final RateLimitProperties cms = new RateLimitProperties();

    public RateLimitProperties getIconik() {
      return iconik;
    }

    public RateLimitProperties getCms() {
      return cms;
    }
  }

  /** One rate limit, as {@code RateLimit} has it. */
  public static class RateLimitProperties {
    /** The sustained rate; unset keeps the SDK's default for the system. */
    private Double permitsPerSecond;

    /** How many requests may go at once after a quiet period; unset: the rate rounded up. */
    private Integer burst;

    /** How long a call may wait for a permit before failing with a rate-limit error. */
    private Duration maxWait = Duration.ofMinutes(5);

    public Double getPermitsPerSecond() {
      return permitsPerSecond;
    }

    public void setPermitsPerSecond(Double permitsPerSecond) {
      this.permitsPerSecond = permitsPerSecond;
    }

    public Integer getBurst() {
      return burst;
    }

    public void setBurst(Integer burst) {
      this.burst = burst;
    }

    public Duration getMaxWait() {
      return maxWait;
    }

    public void setMaxWait(Duration maxWait) {
      this.maxWait = maxWait;
    }
  }

  /** The integration template: where it is and the values of its placeholders for the active environment. */
  public static class Template {
    /**
     * Where the template JSON is, as a Spring resource: {@code classpath:integration/template.json} or
     * {@code file:/etc/integration/template.json}. Without it no IntegrationRuntime is configured.
     */
    private String location;

    /**
     * The values of the template's placeholders by name, e.g. {@code iconik-opentext.template.values.receiver_url}
     * (or {@code values[receiver_url]}).
     */
    private Map<String, String> values = new LinkedHashMap<>();

    /** The iconik metadata view whose values are mapped to OpenText; without it no metadata is mapped. */
    private String metadataView;

    /** Rejects webhook deliveries from any other iconik system domain. */
    private String expectedSystemDomainId;

    public String getLocation() {
      return location;
    }

    public void setLocation(String location) {
      this.location = location;
    }

    public Map<String, String> getValues() {
      return values;
    }

    public void setValues(Map<String, String> values) {
      this.values = values;
    }

    public String getMetadataView() {
      return metadataView;
    }

    public void setMetadataView(String metadataView) {
      this.metadataView = metadataView;
    }

    public String getExpectedSystemDomainId() {
      return expectedSystemDomainId;
    }

    public void setExpectedSystemDomainId(String expectedSystemDomainId) {
      this.expectedSystemDomainId = expectedSystemDomainId;
    }
  }

  /** The webhook endpoint (Spring MVC), mounted when an IntegrationRuntime is configured. */
  public static class Webhook {
    /** Whether to mount the endpoint. */
    private boolean enabled = true;

    /** The path iconik POSTs its deliveries to. */
    private String path = "/iconik/webhooks";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }
  }
}
