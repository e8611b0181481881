package io.github.iconikopentext.spring.boot;

import io.github.iconikopentext.core.credentials.SecretReference;
import io.github.iconikopentext.core.error.ConfigurationException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

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
  @NestedConfigurationProperty
  private final HttpProperties http = new HttpProperties();

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

  public HttpProperties getHttp() {
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
