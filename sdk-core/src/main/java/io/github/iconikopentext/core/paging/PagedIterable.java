package io.github.iconikopentext.core.paging;

import io.github.iconikopentext.core.error.InvalidResponseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily paged result, usable as an {@link Iterable} of items, a {@link Stream}, or page by page.
 *
 * <p>Nothing is fetched until iteration starts; then one page is fetched at a time, when the previous one is used
 * up, so memory is bounded by one page. Stopping early (breaking out of the loop, {@code limit}, {@code findFirst})
 * fetches nothing more. Each call to {@link #iterator()} starts again from the first page.
 *
 * <p>A server could page for ever: by linking back to a page already fetched (a {@code next_url} cycle A → B → A),
 * or by ignoring the page parameter and answering every page with the same items. Both are detected — a next-page
 * request already made in this iteration, or a non-empty page whose items equal the previous page's — and end the
 * iteration with an {@link InvalidResponseException}. The requests made are remembered per iteration (a few bytes
 * per page), the previous page's items only until the next page arrives.
 *
 * <p>Thread-safety: the iterable may be shared; each iterator belongs to one thread.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final PageRequest first;
  private final PageFetcher<T> fetcher;

  private PagedIterable(PageRequest first, PageFetcher<T> fetcher) {
    this.first = Objects.requireNonNull(first, "first == null");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
  }

  /** Pages starting at {@code first}, fetched by {@code fetcher}. */
  public static <T> PagedIterable<T> of(PageRequest first, PageFetcher<T> fetcher) {
    return new PagedIterable<>(first, fetcher);
  }

  /** Iterates the items of all pages. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pageIterator();
    return new Iterator<T>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The items as a sequential stream; closing or short-circuiting it stops fetching. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  /** The pages themselves, e.g. to read {@link Page#total()} or to process a page at a time. */
  public Iterable<Page<T>> pages() {
    return this::pageIterator;
  }

  private Iterator<Page<T>> pageIterator() {
    return new Iterator<Page<T>>() {
      private final Set<PageRequest> requested = new HashSet<>();
      private PageRequest nextRequest = first;
      private List<T> previousItems = List.of();

      @Override
      public boolean hasNext() {
        return nextRequest != null;
      }

      @Override
      public Page<T> next() {
        if (nextRequest == null) {
          throw new NoSuchElementException();
        }
        PageRequest request = nextRequest;
        requested.add(request);
        Page<T> page = Objects.requireNonNull(fetcher.fetch(request), "page fetcher returned null");
        if (!page.items().isEmpty() && page.items().equals(previousItems)) {
          nextRequest = null;
          throw new InvalidResponseException("the server answered " + describe(request) + " with the same "
              + page.items().size() + " items as the page before: it ignores the paging parameter; stopping to"
              + " avoid paging for ever", "", null);
        }
        if (page.next() != null && requested.contains(page.next())) {
          nextRequest = null;
          throw new InvalidResponseException("the server linked back to a page already fetched ("
              + describe(page.next()) + ") after " + describe(request) + "; stopping to avoid a loop", "", null);
        }
        previousItems = page.items();
        nextRequest = page.next();
        return page;
      }
    };
  }

  /** The request as a message may show it: a link without its query (which may carry signed parameters). */
  private static String describe(PageRequest request) {
    if (request instanceof PageRequest.NextUrl url) {
      int q = url.url().indexOf('?');
      return q < 0 ? url.url() : url.url().substring(0, q) + "?…";
    }
    if (request instanceof PageRequest.Number number) {
      return "page " + number.page();
    }
    return "the cursor page";
  }
}
