package io.github.iconikopentext.core.paging;

/**
 * Fetches one page. Implementations keep the caller's original request options (filters, sort, page size) and
 * apply them to every page; they are called from the iterating thread, one page at a time.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface PageFetcher<T> {

  /** Fetches the page that {@code request} designates. */
  Page<T> fetch(PageRequest request);
}
