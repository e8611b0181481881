package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.CollectionsApi;
import io.github.iconikopentext.iconik.internal.RawTransport;
import io.github.iconikopentext.iconik.model.Collection;
import io.github.iconikopentext.iconik.model.CollectionContent;
import io.github.iconikopentext.iconik.model.CollectionRequest;
import io.github.iconikopentext.iconik.model.ListOptions;
import java.util.Map;
import java.util.Objects;

/**
 * iconik collections and their contents. Obtain it from {@link IconikClient#collections()}. Every method may throw
 * the SDK's {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 */
public final class CollectionService {
  private final CollectionsApi api;
  private final RawTransport transport;

  CollectionService(CollectionsApi api, RawTransport transport) {
    this.api = api;
    this.transport = transport;
  }

  /** All collections, lazily paged. */
  public PagedIterable<Collection> list() {
    return list(ListOptions.defaults());
  }

  public PagedIterable<Collection> list(ListOptions options) {
    Objects.requireNonNull(options, "options == null");
    return transport.linked(() -> api.list(options.asQuery()), Collection.class);
  }

  public Collection get(String collectionId) {
    return Responses.present(api.get(Args.requireText(collectionId, "collectionId")), "collection " + collectionId);
  }

  /** Creates a collection; {@link CollectionRequest#title()} is required. */
  public Collection create(CollectionRequest input) {
    Objects.requireNonNull(input, "input == null");
    if (input.title() == null || input.title().isBlank()) {
      throw new IllegalArgumentException("a collection needs a title");
    }
    return Responses.present(api.create(input), "the created collection");
  }

  /** Changes the fields set in {@code changes} (PATCH). */
  public Collection update(String collectionId, CollectionRequest changes) {
    Objects.requireNonNull(changes, "changes == null");
    return Responses.present(api.update(Args.requireText(collectionId, "collectionId"), changes), "collection " + collectionId);
  }

  /** Deletes a collection; iconik schedules the deletion (HTTP 202). */
  public void delete(String collectionId) {
    api.delete(Args.requireText(collectionId, "collectionId"));
  }

  /**
   * The collection's contents, lazily paged: each item is an {@link io.github.iconikopentext.iconik.model.Asset}, a
   * sub-{@link Collection}, or an {@link io.github.iconikopentext.iconik.model.OtherContent} for a kind of object
   * this SDK version does not know, as its {@code object_type} says.
   */
  public PagedIterable<CollectionContent> contents(String collectionId) {
    return contents(collectionId, ListOptions.defaults());
  }

  public PagedIterable<CollectionContent> contents(String collectionId, ListOptions options) {
    String id = Args.requireText(collectionId, "collectionId");
    Objects.requireNonNull(options, "options == null");
    return transport.linked(() -> api.contents(id, options.asQuery()), CollectionContent.class);
  }

  /** Adds an asset to the collection. */
  public void addAsset(String collectionId, String assetId) {
    add(collectionId, "assets", assetId);
  }

  /** Adds a collection to the collection, as a sub-collection. */
  public void addCollection(String collectionId, String childCollectionId) {
    add(collectionId, "collections", childCollectionId);
  }

  private void add(String collectionId, String objectType, String objectId) {
    api.addContent(Args.requireText(collectionId, "collectionId"),
        Map.of("object_id", Args.requireText(objectId, "objectId"), "object_type", objectType));
  }

  /** Removes an asset from the collection (the asset itself stays). */
  public void removeAsset(String collectionId, String assetId) {
    api.removeContent(Args.requireText(collectionId, "collectionId"), "assets", Args.requireText(assetId, "assetId"));
  }

  /** Removes a sub-collection from the collection. */
  public void removeCollection(String collectionId, String childCollectionId) {
    api.removeContent(Args.requireText(collectionId, "collectionId"), "collections",
        Args.requireText(childCollectionId, "childCollectionId"));
  }
}
