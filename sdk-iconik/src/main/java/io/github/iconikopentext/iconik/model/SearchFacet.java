package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The counts of one facet of a search (a field named in {@link SearchRequest.Builder#facets}), as iconik computes
 * them over all hits, not only the page. Immutable; {@link #buckets()} is empty when absent.
 *
 * @param buckets the values and their counts, most frequent first
 * @param sumOtherDocCount hits whose value is not among the buckets
 * @param docCountErrorUpperBound the possible error of the counts (iconik's search engine may approximate)
 */
public record SearchFacet(
    List<FacetBucket> buckets,
    @Json(name = "sum_other_doc_count") @Nullable Long sumOtherDocCount,
    @Json(name = "doc_count_error_upper_bound") @Nullable Long docCountErrorUpperBound) {

  public SearchFacet {
    buckets = Nulls.list(buckets);
  }
}
