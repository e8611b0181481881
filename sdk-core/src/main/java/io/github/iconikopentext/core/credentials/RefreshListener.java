package io.github.iconikopentext.core.credentials;

import io.github.iconikopentext.core.internal.EachOf;
import java.time.Duration;
import java.util.List;

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

  /**
   * One listener that tells each of {@code listeners}, in order; every one is told even when an earlier one throws
   * (the first exception is rethrown afterwards, the others suppressed into it).
   */
  static RefreshListener of(List<? extends RefreshListener> listeners) {
    List<RefreshListener> all = List.copyOf(listeners);
    if (all.size() == 1) {
      return all.get(0);
    }
    return new RefreshListener() {
      @Override
      public void refreshed(Duration took) {
        EachOf.run(all, l -> l.refreshed(took));
      }

      @Override
      public void refreshFailed(Duration took, RuntimeException failure) {
        EachOf.run(all, l -> l.refreshFailed(took, failure));
      }
    };
  }

  /** The delegate returned a usable credential after {@code took}. */
  default void refreshed(Duration took) {}

  /** The refresh failed after {@code took} with {@code failure} (the cached credential may still be used). */
  default void refreshFailed(Duration took, RuntimeException failure) {}
}
