package io.github.iconikopentext.core.paging;

import io.github.iconikopentext.core.error.InvalidResponseException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
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
 * <p>A server that answers with the same next-page request twice in a row would loop forever; this is detected and
 * reported as an {@link InvalidResponseException}.
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
      private PageRequest nextRequest = first;

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
        Page<T> page = Objects.requireNonNull(fetcher.fetch(request), "page fetcher returned null");
        if (request.equals(page.next())) {
          throw new InvalidResponseException(
              "server returned the same next-page link again (" + describe(request) + "); stopping to avoid a loop",
              "", null);
        }
        nextRequest = page.next();
        return page;
      }
    };
  }

  private static String describe(PageRequest request) {
    if (request instanceof PageRequest.NextUrl url) {
      int q = url.url().indexOf('?');
      return q < 0 ? url.url() : url.url().substring(0, q);
    }
    return request.toString();
  }
}
