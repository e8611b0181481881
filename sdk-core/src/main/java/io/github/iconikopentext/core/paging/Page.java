package io.github.iconikopentext.core.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of results.
 *
 * @param items the items of this page, in server order
 * @param next the request for the following page, or {@code null} when this is the last page
 * @param total the total number of items the server reported, or {@code null} if it did not say
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable PageRequest next, @Nullable Long total) {

  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items == null"));
  }

  /** A page after which there is nothing more. */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null, null);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return next != null;
  }

  /** The total the server reported, if any. */
  public Optional<Long> totalCount() {
    return Optional.ofNullable(total);
  }
}
