package io.github.iconikopentext.opentext.internal;

import io.github.iconikopentext.opentext.OpenTextEnvironment;
import io.github.iconikopentext.core.Environment;
import io.github.iconikopentext.core.error.ConfigurationException;
import io.github.iconikopentext.core.internal.Hosts;
import io.github.iconikopentext.core.internal.UrlText;
import java.net.URI;
import java.util.Optional;
import okhttp3.HttpUrl;

/** URL checks and lookups shared by the OpenText clients. Not part of the API. */
public final class OpenTextUrls {
  private OpenTextUrls() {}

  /**
   * Parses {@code uri}, refusing user info, requiring https unless the host is loopback or the environment allows insecure http
   * (the same rule {@link Environment} applies to its own URLs).
   */
  public static HttpUrl checked(Environment env, String what, URI uri) {
    HttpUrl url = HttpUrl.parse(uri.toString());
    if (url == null) {
      throw new ConfigurationException("environment '" + env.name() + "': " + what + " "
          + UrlText.describe(uri.toString()) + " is not an http(s) URL");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new ConfigurationException("environment '" + env.name() + "': " + what + " "
          + UrlText.describe(uri.toString()) + " must not embed credentials (user info) in the URL");
    }
    if (!url.isHttps() && !env.allowInsecureHttp() && !Hosts.isLoopback(url.host())) {
      throw new ConfigurationException("environment '" + env.name() + "': " + what + " "
          + UrlText.describe(uri.toString()) + " uses plain http to a non-loopback host; use https, or allow insecure http in the environment");
    }
    return url;
  }

  /** The environment's tenant id, if it has one. */
  public static Optional<String> tenantId(Environment env) {
    try {
      return Optional.of(OpenTextEnvironment.tenantId(env));
    } catch (ConfigurationException absent) {
      return Optional.empty();
    }
  }

  /** A service base URL: the setting {@code key} when the environment has it, else {@code {base}/{defaultPath}}. */
  public static URI serviceBase(Environment env, String settingKey, String defaultPath) {
    Optional<String> configured = env.setting(settingKey);
    if (configured.isPresent()) {
      URI uri;
      try {
        uri = URI.create(configured.get().trim());
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("environment '" + env.name() + "': setting " + settingKey + " "
            + UrlText.describe(configured.get()) + " is not a URL");
      }
      return checked(env, "setting " + settingKey, uri).uri();
    }
    return URI.create(OpenTextEnvironment.baseUrl(env).toString() + "/" + defaultPath);
  }
}
