package io.github.iconikopentext.core.error;

import java.util.Optional;

/**
 * The server answered with a redirect (3xx) that the SDK does not follow. The SDK follows a redirect itself only
 * when it is safe: a GET or HEAD, to the same origin (scheme, host and port), at most
 * {@value #MAX_FOLLOWED} times. Every other redirect ends the call with this exception instead of sending the
 * request, and the credentials it carries, somewhere else: a redirect to another host or port, from https to http,
 * of a POST, PUT, PATCH or DELETE (which would otherwise be re-sent or silently turned into a GET), or a chain too
 * long.
 *
 * <p>{@link #targetOrigin()} names where the server pointed, as {@code scheme://host:port} only: a redirect
 * location may carry signed query parameters, which never appear in messages.
 */
public final class RedirectException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** How many same-origin redirects one call follows at most. */
  public static final int MAX_FOLLOWED = 5;

  private final String targetOrigin;

  /**
   * @param targetOrigin the redirect target as {@code scheme://host:port}, or {@code null} when the response had no
   *     usable {@code Location}
   */
  public RedirectException(int statusCode, String method, String path, String requestId, ErrorDetails details,
      String targetOrigin) {
    super(statusCode, method, path, requestId, details);
    this.targetOrigin = targetOrigin;
  }

  /** Where the redirect pointed, as {@code scheme://host:port}; empty if it named no usable location. */
  public Optional<String> targetOrigin() {
    return Optional.ofNullable(targetOrigin);
  }
}
