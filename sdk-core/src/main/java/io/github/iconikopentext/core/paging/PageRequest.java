package io.github.iconikopentext.core.paging;

import java.util.List;
import java.util.Objects;

/**
 * Which page to fetch next, in one of the three paging styles the supported APIs use. A {@link PageFetcher} turns it
 * into a request that carries the caller's original options (filters, sort, page size).
 */
public sealed interface PageRequest {

  /** Page-number paging: {@code page=N} (1-based in iconik, 0- or 1-based elsewhere as the fetcher decides). */
  record Number(int page) implements PageRequest {
    public Number {
      if (page < 0) {
        throw new IllegalArgumentException("page < 0: " + page);
      }
    }
  }

  /** Link paging: the server's {@code next_url}, absolute or relative to the host. */
  record NextUrl(String url) implements PageRequest {
    public NextUrl {
      Objects.requireNonNull(url, "url == null");
    }
  }

  /** Cursor paging: the sort values of the last item seen ({@code search_after}). */
  record Cursor(List<Object> searchAfter) implements PageRequest {
    public Cursor {
      searchAfter = List.copyOf(searchAfter);
    }
  }

  static PageRequest firstPage() {
    return new Number(1);
  }
}
