package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.Json;
import io.github.iconikopentext.iconik.model.SearchDocType;
import io.github.iconikopentext.iconik.model.SearchFilter;
import io.github.iconikopentext.iconik.model.SearchRequest;
import io.github.iconikopentext.iconik.model.SearchSort;
import java.util.List;

/**
 * The JSON body of a search (iconik's {@code SearchCriteriaSchema}); empty lists are left out. Not part of the API.
 *
 * @param query free text
 * @param docTypes document types
 * @param filter the filter
 * @param sort sort keys
 * @param searchAfter the previous page's last sort values
 * @param includeFields fields to return
 * @param excludeFields fields not to return
 * @param searchFields fields the query searches
 * @param metadataViewId the view whose fields hits carry
 */
public record SearchBody(
    String query,
    @Json(name = "doc_types") List<SearchDocType> docTypes,
    SearchFilter filter,
    List<SearchSort> sort,
    @Json(name = "search_after") List<Object> searchAfter,
    @Json(name = "include_fields") List<String> includeFields,
    @Json(name = "exclude_fields") List<String> excludeFields,
    @Json(name = "search_fields") List<String> searchFields,
    List<String> facets,
    @Json(name = "metadata_view_id") String metadataViewId) {

  /** The body of {@code request}, continuing after {@code searchAfter} (empty for the first page). */
  public static SearchBody of(SearchRequest request, List<Object> searchAfter) {
    return new SearchBody(request.query(), orNull(request.docTypes()), request.filter(), orNull(request.sort()),
        orNull(searchAfter), orNull(request.includeFields()), orNull(request.excludeFields()),
        orNull(request.searchFields()), orNull(request.facets()), request.metadataViewId());
  }

  private static <T> List<T> orNull(List<T> list) {
    return list == null || list.isEmpty() ? null : list;
  }
}
