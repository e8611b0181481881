package io.github.iconikopentext.iconik;

import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.core.paging.PageRequest;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.Args;
import io.github.iconikopentext.iconik.internal.IconikList;
import io.github.iconikopentext.iconik.internal.SearchApi;
import io.github.iconikopentext.iconik.internal.SearchBody;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * iconik search over assets, collections and other documents. Results page deeply with {@code search_after}: each
 * next page continues after the previous page's last hit's sort values ({@link SearchHit#sort()}); the deprecated
 * scroll API is not used. Obtain it from {@link IconikClient#search()}. Every method may throw the SDK's
 * {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 */
public final class SearchService {
  private final SearchApi api;

  SearchService(SearchApi api) {
    this.api = api;
  }

  /**
   * The hits of {@code request}, lazily paged. Iteration stops at the first page that is not full or whose last hit
   * has no sort values (give the request a sort for deep iteration).
   */
  public PagedIterable<SearchHit> search(SearchRequest request) {
    Objects.requireNonNull(request, "request == null");
    Map<String, String> query = new LinkedHashMap<>();
    if (request.perPage() != null) {
      query.put("per_page", request.perPage().toString());
    }
    query.put("generate_signed_url", Boolean.toString(request.generateSignedUrls()));
    query.put("save_search_history", Boolean.toString(request.saveSearchHistory()));
    return PagedIterable.of(new PageRequest.Cursor(List.of()), pageRequest -> {
      List<Object> after = pageRequest instanceof PageRequest.Cursor c ? c.searchAfter() : List.of();
      IconikList<SearchHit> page = Args.present(api.search(SearchBody.of(request, after), query),
          "a page of search results");
      return new Page<>(page.objects(), next(page, request.perPage()), page.total());
    });
  }

  private static PageRequest next(IconikList<SearchHit> page, Integer requested) {
    List<SearchHit> hits = page.objects();
    if (hits.isEmpty()) {
      return null;
    }
    Integer perPage = page.perPage() != null && page.perPage() > 0 ? page.perPage() : requested;
    List<Object> sort = hits.get(hits.size() - 1).sort();
    boolean full = perPage == null || hits.size() >= perPage;
    if (!full || sort.isEmpty()) {
      return null;
    }
    if (sort.contains(null)) {
      throw new InvalidResponseException("the last search hit's _sort holds null; search_after cannot continue "
          + "from it (sort by fields every hit has)", "", null);
    }
    return new PageRequest.Cursor(sort);
  }
}
