package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results with what iconik says about the whole result: the total, the page counts and the
 * {@link #facets()} the request asked for. Immutable; the list and map are empty when absent.
 *
 * @param hits the hits of this page, in order
 * @param facets the value counts per requested facet field, e.g. {@code media_type → [video: 2]}
 * @param total the number of hits in all pages
 * @param page the 1-based page number
 * @param pages the number of pages
 * @param perPage the page size iconik applied
 */
public record SearchPage(
    @Strict @Json(name = "objects") List<SearchHit> hits,
    Map<String, SearchFacet> facets,
    @Nullable Long total,
    @Nullable Integer page,
    @Nullable Integer pages,
    @Json(name = "per_page") @Nullable Integer perPage) {

  public SearchPage {
    hits = hits == null ? List.of() : hits.stream().filter(java.util.Objects::nonNull).toList();
    facets = Nulls.map(facets);
  }

  /** The {@code search_after} cursor after this page: the last hit's sort values, empty if there is none. */
  public List<Object> lastSort() {
    return hits.isEmpty() ? List.of() : hits.get(hits.size() - 1).sort();
  }
}
