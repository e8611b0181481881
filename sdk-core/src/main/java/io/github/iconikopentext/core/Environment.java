package io.github.iconikopentext.core;

import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.internal.Hosts;
import io.github.iconikopentext.core.internal.UrlText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One deployment stage — {@code dev}, {@code test}, {@code prod} or any name — with the endpoints of both systems
 * and free-form per-environment settings.
 *
 * <p>Base URLs must use {@code https}. Plain {@code http} is accepted only for loopback hosts (tests, simulators) or
 * when {@link Builder#allowInsecureHttp(boolean)} is set; anything else is a {@link ConfigurationException} at
 * {@link Builder#build()}. Load environments from a file with {@link EnvironmentLoader}.
 *
 * <p>Immutable and thread-safe. {@link #toBuilder()} copies it for a change.
 */
public final class Environment {
  private final String name;
  private final URI iconikBaseUrl;
  private final URI openTextBaseUrl;
  private final String openTextTenantId;
  private final Map<String, String> settings;
  private final boolean allowInsecureHttp;

  private Environment(Builder b) {
    this.name = requireName(b.name);
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.iconikBaseUrl = b.iconikBaseUrl == null ? null : checkUrl(name, "iconik base URL", b.iconikBaseUrl, allowInsecureHttp);
    this.openTextBaseUrl =
        b.openTextBaseUrl == null ? null : checkUrl(name, "OpenText base URL", b.openTextBaseUrl, allowInsecureHttp);
    this.openTextTenantId = b.openTextTenantId;
    this.settings = Map.copyOf(b.settings);
    if (iconikBaseUrl == null && openTextBaseUrl == null) {
      throw new ConfigurationException("environment '" + name + "' has neither an iconik nor an OpenText base URL");
    }
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.iconikBaseUrl = iconikBaseUrl == null ? null : iconikBaseUrl.toString();
    b.openTextBaseUrl = openTextBaseUrl == null ? null : openTextBaseUrl.toString();
    b.openTextTenantId = openTextTenantId;
    b.settings.putAll(settings);
    b.allowInsecureHttp = allowInsecureHttp;
    return b;
  }

  /** The environment's name, e.g. {@code dev}. */
  public String name() {
    return name;
  }

  /**
   * The iconik base URL, e.g. {@code https://app.iconik.io}.
   *
   * @throws ConfigurationException if this environment has no iconik endpoint
   */
  public URI iconikBaseUrl() {
    if (iconikBaseUrl == null) {
      throw new ConfigurationException("environment '" + name + "' has no iconik base URL");
    }
    return iconikBaseUrl;
  }

  /**
   * The OpenText platform base URL, e.g. {@code https://us.api.opentext.com}.
   *
   * @throws ConfigurationException if this environment has no OpenText endpoint
   */
  public URI openTextBaseUrl() {
    if (openTextBaseUrl == null) {
      throw new ConfigurationException("environment '" + name + "' has no OpenText base URL");
    }
    return openTextBaseUrl;
  }

  /**
   * The OpenText tenant id.
   *
   * @throws ConfigurationException if none is configured
   */
  public String openTextTenantId() {
    if (openTextTenantId == null) {
      throw new ConfigurationException("environment '" + name + "' has no OpenText tenant id");
    }
    return openTextTenantId;
  }

  /** Whether the environment has an iconik endpoint. */
  public boolean hasIconik() {
    return iconikBaseUrl != null;
  }

  /** Whether the environment has an OpenText endpoint. */
  public boolean hasOpenText() {
    return openTextBaseUrl != null;
  }

  /** Free-form settings (never secrets: put secret references there instead). */
  public Map<String, String> settings() {
    return settings;
  }

  /** One setting, if present. */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key));
  }

  /** Whether plain {@code http} to non-loopback hosts was explicitly allowed. */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Environment e
        && name.equals(e.name)
        && Objects.equals(iconikBaseUrl, e.iconikBaseUrl)
        && Objects.equals(openTextBaseUrl, e.openTextBaseUrl)
        && Objects.equals(openTextTenantId, e.openTextTenantId)
        && settings.equals(e.settings)
        && allowInsecureHttp == e.allowInsecureHttp;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, iconikBaseUrl, openTextBaseUrl, openTextTenantId, settings, allowInsecureHttp);
  }

  @Override
  public String toString() {
    return "Environment{" + name + ", iconik=" + iconikBaseUrl + ", opentext=" + openTextBaseUrl
        + ", tenant=" + openTextTenantId + "}";
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
    private String iconikBaseUrl;
    private String openTextBaseUrl;
    private String openTextTenantId;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private boolean allowInsecureHttp;

    private Builder(String name) {
      this.name = name;
    }

    public Builder iconikBaseUrl(String url) {
      this.iconikBaseUrl = url;
      return this;
    }

    public Builder openTextBaseUrl(String url) {
      this.openTextBaseUrl = url;
      return this;
    }

    public Builder openTextTenantId(String tenantId) {
      this.openTextTenantId = tenantId;
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
