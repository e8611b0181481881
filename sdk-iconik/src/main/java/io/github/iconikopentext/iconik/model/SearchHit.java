package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One search result: an asset, collection or other document, with the sort values used for deep paging. Immutable;
 * lists and maps are empty when absent.
 *
 * @param id the object's id
 * @param objectType {@code assets}, {@code collections}, …
 * @param title the title
 * @param description a description
 * @param status the object's status (an asset or collection status, as text)
 * @param externalId an id in an external system
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 * @param inCollections ids of the collections holding it
 * @param metadata the object's metadata values, by field
 * @param sort the hit's sort values, the {@code search_after} cursor of the next page
 */
public record SearchHit(
    String id,
    @Json(name = "object_type") String objectType,
    String title,
    String description,
    String status,
    @Json(name = "external_id") String externalId,
    @Json(name = "date_created") Instant dateCreated,
    @Json(name = "date_modified") Instant dateModified,
    @Json(name = "in_collections") List<String> inCollections,
    Map<String, Object> metadata,
    @Json(name = "_sort") List<Object> sort) {

  public SearchHit {
    inCollections = Nulls.list(inCollections);
    metadata = Nulls.map(metadata);
    sort = Nulls.list(sort);
  }
}
