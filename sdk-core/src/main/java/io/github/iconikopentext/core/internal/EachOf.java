package io.github.iconikopentext.core.internal;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs one action on each of several listeners or sinks so that one failing does not keep the others from their
 * turn: the first failure is kept, later ones are added to it as suppressed. Not part of the API; stateless.
 */
public final class EachOf {
  private EachOf() {}

  /** Runs {@code action} on every item, then throws the first failure (later ones suppressed in it), if any. */
  public static <T> void run(Iterable<? extends T> items, Consumer<? super T> action) {
    RuntimeException failure = firstFailure(items, action);
    if (failure != null) {
      throw failure;
    }
  }

  /** Runs {@code action} on every item; the first failure with later ones suppressed in it, or null. */
  public static <T> @Nullable RuntimeException firstFailure(Iterable<? extends T> items, Consumer<? super T> action) {
    RuntimeException first = null;
    for (T item : items) {
      try {
        action.accept(item);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    return first;
  }
}
