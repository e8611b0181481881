package io.github.iconikopentext.core;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.internal.Hosts;
import io.github.iconikopentext.core.internal.UrlText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One deployment stage — {@code dev}, {@code test}, {@code prod} or any name — with named endpoints and free-form
 * settings. The core knows no vendor: each vendor module names its endpoint and settings (e.g. the iconik module's
 * endpoint {@code iconik}, the OpenText module's endpoint {@code opentext} and setting {@code opentext.tenant-id}) and
 * reads them from here.
 *
 * <p>Endpoint URLs must use {@code https}. Plain {@code http} is accepted only for loopback hosts (tests, simulators)
 * or when {@link Builder#allowInsecureHttp(boolean)} is set; anything else is a {@link ConfigurationException} at
 * {@link Builder#build()}. Load environments from a file with {@link EnvironmentLoader}.
 *
 * <p>Immutable and thread-safe. {@link #toBuilder()} copies it for a change.
 */
public final class Environment {
  private final String name;
  private final Map<String, URI> endpoints;
  private final Map<String, String> settings;
  private final boolean allowInsecureHttp;

  private Environment(Builder b) {
    this.name = requireName(b.name);
    this.allowInsecureHttp = b.allowInsecureHttp;
    Map<String, URI> checked = new LinkedHashMap<>();
    b.endpoints.forEach((endpoint, url) ->
        checked.put(endpoint, checkUrl(name, endpoint + " base URL", url, allowInsecureHttp)));
    this.endpoints = Collections.unmodifiableMap(checked);
    this.settings = Map.copyOf(b.settings);
    if (endpoints.isEmpty()) {
      throw new ConfigurationException("environment '" + name + "' has no endpoint");
    }
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public Builder toBuilder() {
    Builder b = new Builder(name);
    endpoints.forEach((endpoint, url) -> b.endpoints.put(endpoint, url.toString()));
    b.settings.putAll(settings);
    b.allowInsecureHttp = allowInsecureHttp;
    return b;
  }

  /** The environment's name, e.g. {@code dev}. */
  public String name() {
    return name;
  }

  /**
   * The base URL of the endpoint {@code endpoint}, e.g. {@code https://app.iconik.io} for {@code iconik}; never ends
   * with {@code /}.
   *
   * @throws ConfigurationException if this environment has no such endpoint
   */
  public URI endpoint(String endpoint) {
    URI url = endpoints.get(Objects.requireNonNull(endpoint, "endpoint == null"));
    if (url == null) {
      throw new ConfigurationException("environment '" + name + "' has no " + endpoint + " base URL");
    }
    return url;
  }

  /** Whether the environment has the endpoint {@code endpoint}. */
  public boolean hasEndpoint(String endpoint) {
    return endpoints.containsKey(endpoint);
  }

  /** The endpoints by name, in the order they were set. */
  public Map<String, URI> endpoints() {
    return endpoints;
  }

  /** Free-form settings (never secrets: put secret references there instead). */
  public Map<String, String> settings() {
    return settings;
  }

  /** One setting, if present. */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /**
   * One setting that must be present.
   *
   * @throws ConfigurationException naming the environment and the key if it is missing
   */
  public String requireSetting(String key) {
    String value = settings.get(key);
    if (value == null) {
      throw new ConfigurationException("environment '" + name + "' has no setting '" + key + "'");
    }
    return value;
  }

  /** Whether plain {@code http} to non-loopback hosts was explicitly allowed. */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Environment e
        && name.equals(e.name)
        && endpoints.equals(e.endpoints)
        && settings.equals(e.settings)
        && allowInsecureHttp == e.allowInsecureHttp;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, endpoints, settings, allowInsecureHttp);
  }

  @Override
  public String toString() {
    return "Environment{" + name + ", endpoints=" + endpoints + ", settings=" + settings.keySet() + "}";
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new ConfigurationException("environment name is empty");
    }
    return name;
  }

  static URI checkUrl(String env, String what, String value, boolean allowInsecureHttp) {
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      // Not e.getMessage(): it quotes the whole input, user info included. The index says where it went wrong.
      throw new ConfigurationException("environment '" + env + "': " + what + " " + UrlText.describe(value)
          + " is not a URL: " + e.getReason() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || scheme == null) {
      throw new ConfigurationException(
          "environment '" + env + "': " + what + " " + UrlText.describe(value) + " needs a scheme and a host");
    }
    if (uri.getUserInfo() != null) {
      throw new ConfigurationException(
          "environment '" + env + "': " + what + " must not embed credentials (user info) in the URL");
    }
    if (scheme.equalsIgnoreCase("http")) {
      if (!allowInsecureHttp && !Hosts.isLoopback(uri.getHost())) {
        throw new ConfigurationException("environment '" + env + "': " + what + " " + UrlText.describe(value)
            + " uses plain http to a non-loopback host; use https, or set allowInsecureHttp to opt in");
      }
    } else if (!scheme.equalsIgnoreCase("https")) {
      throw new ConfigurationException(
          "environment '" + env + "': " + what + " " + UrlText.describe(value) + " must use https (was " + scheme
              + ")");
    }
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }

  /** Builds an {@link Environment}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Map<String, String> endpoints = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private boolean allowInsecureHttp;

    private Builder(String name) {
      this.name = name;
    }

    /** Sets the base URL of the endpoint {@code endpoint} (a vendor module names it); {@code null} removes it. */
    public Builder endpoint(String endpoint, @Nullable String url) {
      Objects.requireNonNull(endpoint, "endpoint == null");
      if (endpoint.isBlank()) {
        throw new ConfigurationException("environment '" + name + "': endpoint name is empty");
      }
      if (url == null) {
        endpoints.remove(endpoint);
      } else {
        endpoints.put(endpoint, url);
      }
      return this;
    }

    public Builder setting(String key, String value) {
      settings.put(Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
      return this;
    }

    public Builder settings(Map<String, String> values) {
      values.forEach(this::setting);
      return this;
    }

    /** Allows plain {@code http} to non-loopback hosts. Off by default; never use it for production. */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /** @throws ConfigurationException naming the environment and the setting that is wrong */
    public Environment build() {
      return new Environment(this);
    }
  }
}
