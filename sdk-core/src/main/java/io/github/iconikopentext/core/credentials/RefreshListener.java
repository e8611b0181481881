package io.github.iconikopentext.core.credentials;

import java.time.Duration;

/**
 * Learns of every refresh of a {@link CachingCredentialsProvider}: each time it fetched a credential from its delegate
 * (an OAuth token request, for OpenText), or failed to. The hook for metrics; register it with
 * {@link CachingCredentialsProvider.Builder#listener(RefreshListener)} or, for OpenText tokens,
 * {@code OpenTextTokenManager.Builder#refreshListener}. Both methods have empty defaults.
 *
 * <p>Called on the thread that refreshes, while it holds the provider's refresh lock: implementations must be
 * thread-safe, fast and must not block. An exception thrown by a listener is logged and otherwise ignored. Neither
 * method is given the credential: a listener never sees a secret.
 */
public interface RefreshListener {

  /** Does nothing. */
  RefreshListener NONE = new RefreshListener() {};

  /** The delegate returned a usable credential after {@code took}. */
  default void refreshed(Duration took) {}

  /** The refresh failed after {@code took} with {@code failure} (the cached credential may still be used). */
  default void refreshFailed(Duration took, RuntimeException failure) {}
}
