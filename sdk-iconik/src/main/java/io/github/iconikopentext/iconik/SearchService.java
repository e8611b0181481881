package io.github.iconikopentext.iconik;

import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.iconik.internal.RawTransport;
import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.core.paging.PageRequest;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.SearchApi;
import io.github.iconikopentext.iconik.internal.SearchBody;
import io.github.iconikopentext.iconik.model.SearchHit;
import io.github.iconikopentext.iconik.model.SearchPage;
import io.github.iconikopentext.iconik.model.SearchRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * iconik search over assets, collections and other documents. Results page deeply with {@code search_after}: each
 * next page continues after the previous page's last hit's sort values ({@link SearchHit#sort()}); the deprecated
 * scroll API is not used. {@link #search} iterates the hits; {@link #page} returns one page with the result's total
 * and facet counts. Obtain it from {@link IconikClient#search()}. Every method may throw the SDK's
 * {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 */
public final class SearchService {
  private final SearchApi api;
  private final RawTransport transport;

  SearchService(SearchApi api, RawTransport transport) {
    this.api = api;
    this.transport = transport;
  }

  /**
   * The hits of {@code request}, lazily paged. Iteration stops at the first page that is not full or whose last hit
   * has no sort values (give the request a sort for deep iteration).
   */
  public PagedIterable<SearchHit> search(SearchRequest request) {
    Objects.requireNonNull(request, "request == null");
    return PagedIterable.of(new PageRequest.Cursor(List.of()), pageRequest -> {
      List<Object> after = pageRequest instanceof PageRequest.Cursor c ? c.searchAfter() : List.of();
      SearchPage page = page(request, after);
      return new Page<>(page.hits(), next(page, request.perPage()), page.total());
    });
  }

  /**
   * The hits of the saved search {@code savedSearchId} — its stored criteria, run now — lazily paged by page number
   * ({@code GET /API/search/v1/search/saved/{search_id}/}, role {@code can_read_saved_searches}). Signed URLs are not
   * generated.
   */
  public PagedIterable<SearchHit> savedSearch(String savedSearchId) {
    String id = Args.requireText(savedSearchId, "savedSearchId");
    Map<String, String> query = new LinkedHashMap<>();
    query.put("generate_signed_download_url", "false");
    query.put("generate_signed_proxy_url", "false");
    return transport.linked(() -> api.savedSearch(id, query), SearchHit.class);
  }

  /** The first page of {@code request}'s results, with the total and the requested facets. */
  public SearchPage page(SearchRequest request) {
    return page(request, List.of());
  }

  /**
   * The page of {@code request}'s results that continues after {@code searchAfter} — the previous page's
   * {@link SearchPage#lastSort()} — or the first page when it is empty.
   */
  public SearchPage page(SearchRequest request, List<Object> searchAfter) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(searchAfter, "searchAfter == null");
    Map<String, String> query = new LinkedHashMap<>();
    if (request.perPage() != null) {
      query.put("per_page", request.perPage().toString());
    }
    query.put("generate_signed_url", Boolean.toString(request.generateSignedUrls()));
    query.put("save_search_history", Boolean.toString(request.saveSearchHistory()));
    return Responses.present(api.search(SearchBody.of(request, searchAfter), query), "a page of search results");
  }

  private static PageRequest next(SearchPage page, Integer requested) {
    List<SearchHit> hits = page.hits();
    if (hits.isEmpty()) {
      return null;
    }
    Integer perPage = page.perPage() != null && page.perPage() > 0 ? page.perPage() : requested;
    List<Object> sort = page.lastSort();
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
