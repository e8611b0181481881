package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An iconik collection; in a collection's contents, the {@link CollectionContent} of {@code object_type}
 * {@code collections}. Immutable; any component may be {@code null}, lists are empty when absent.
 *
 * @param id the collection id
 * @param title the title
 * @param status ACTIVE, HIDDEN or DELETED
 * @param parentId the parent collection, {@code null} for a root collection
 * @param parents ids of all ancestors
 * @param inCollections ids of the collections holding it
 * @param isRoot whether it is a root collection
 * @param category a free category
 * @param externalId an id in an external system
 * @param objectType {@code collections}
 * @param storageId a storage the collection maps to
 * @param createdByUser the creating user's id
 * @param dateCreated when it was created
 * @param dateModified when it last changed
 * @param dateDeleted when it was deleted
 */
public record Collection(
    @Strict @Nullable String id,
    @Nullable String title,
    @Nullable CollectionStatus status,
    @Json(name = "parent_id") @Nullable String parentId,
    List<String> parents,
    @Json(name = "in_collections") List<String> inCollections,
    @Json(name = "is_root") @Nullable Boolean isRoot,
    @Nullable String category,
    @Json(name = "external_id") @Nullable String externalId,
    @Json(name = "object_type") @Nullable String objectType,
    @Json(name = "storage_id") @Nullable String storageId,
    @Json(name = "created_by_user") @Nullable String createdByUser,
    @Json(name = "date_created") @Nullable Instant dateCreated,
    @Json(name = "date_modified") @Nullable Instant dateModified,
    @Json(name = "date_deleted") @Nullable Instant dateDeleted) implements CollectionContent {

  public Collection {
    parents = Nulls.list(parents);
    inCollections = Nulls.list(inCollections);
  }
}
