package io.github.iconikopentext.opentext.internal.auth;


import io.github.iconikopentext.opentext.internal.OpenTextErrorFormat;
import io.github.iconikopentext.core.http.HttpOptions;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.opentext.internal.json.OpenTextJson;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * Sends token and discovery requests through one {@link HttpStack} per token host, so that they get the SDK's retry
 * policy, masking logs and error parsing. {@link #close()} closes those stacks. Thread-safe. Not part of the API.
 */
public final class TokenTransport implements AutoCloseable {
  private final HttpOptions options;
  private final Map<String, TokenApi> byOrigin = new ConcurrentHashMap<>();
  private final Map<String, HttpStack> stacks = new ConcurrentHashMap<>();
  private volatile boolean closed;

  public TokenTransport(HttpOptions options) {
    this.options = options;
  }

  TokenResponse token(HttpUrl url, TokenRequest request) {
    return api(url).token(url, request.body(), request.headers(), request.secrets());
  }

  OpenIdConfiguration discover(HttpUrl url) {
    return api(url).discover(url);
  }

  private TokenApi api(HttpUrl url) {
    String origin = url.scheme() + "://" + url.host() + ":" + url.port();
    return byOrigin.computeIfAbsent(origin, o -> {
      if (closed) {
        throw new IllegalStateException("the OpenText token manager was closed; no token is requested");
      }
      HttpStack stack = HttpStack.builder("opentext-oauth", URI.create(o + "/"))
          .options(options)
          .moshi(OpenTextJson.moshi())
          .errorBodyFormat(OpenTextErrorFormat.INSTANCE)
          .build();
      stacks.put(o, stack);
      return stack.create(TokenApi.class);
    });
  }

  /** Closes the stacks of every token host. Idempotent. */
  @Override
  public void close() {
    closed = true;
    stacks.values().forEach(HttpStack::close);
  }
}
