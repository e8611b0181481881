package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.core.paging.PageRequest;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.iconik.internal.IconikList;
import io.github.iconikopentext.iconik.internal.MetadataApi;
import io.github.iconikopentext.iconik.internal.MetadataValuesBody;
import io.github.iconikopentext.iconik.model.MetadataField;
import io.github.iconikopentext.iconik.model.MetadataValues;
import io.github.iconikopentext.iconik.model.MetadataView;
import io.github.iconikopentext.iconik.model.ObjectMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * iconik metadata: views, field definitions, and the values of objects (assets, collections, segments) per view.
 * Values are written per field with the field's {@link MetadataValues.Mode} (overwrite, append or delete). Obtain
 * it from {@link IconikClient#metadata()}. Every method may throw the SDK's
 * {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 */
public final class MetadataService {
  /** The object type of assets in metadata paths. */
  public static final String ASSETS = "assets";
  /** iconik's default page size for the fields list. */
  static final int DEFAULT_FIELDS_PER_PAGE = 500;

  private final MetadataApi api;

  MetadataService(MetadataApi api) {
    this.api = api;
  }

  /** All metadata views (not paged by iconik), with their fields' view settings. */
  public List<MetadataView> views() {
    return Responses.present(api.views(), "the metadata views").objects();
  }

  /** One view with its fields' full definitions, including their types. */
  public MetadataView view(String viewId) {
    return Responses.present(api.view(Args.requireText(viewId, "viewId"), true), "metadata view " + viewId);
  }

  /** All field definitions, lazily paged by field name ({@code last_field_name}), 500 per page. */
  public PagedIterable<MetadataField> fields() {
    return fields(DEFAULT_FIELDS_PER_PAGE);
  }

  /** All field definitions, {@code perPage} at a time. */
  public PagedIterable<MetadataField> fields(int perPage) {
    if (perPage < 1 || perPage > 1000) {
      throw new IllegalArgumentException("perPage must be within 1..1000: " + perPage);
    }
    return PagedIterable.of(new PageRequest.Cursor(List.of()), request -> {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("per_page", Integer.toString(perPage));
      if (request instanceof PageRequest.Cursor cursor && !cursor.searchAfter().isEmpty()) {
        query.put("last_field_name", String.valueOf(cursor.searchAfter().get(0)));
      }
      IconikList<MetadataField> page = Responses.present(api.fields(query), "a page of metadata fields");
      return new Page<>(page.objects(), nextFields(page, perPage), page.total());
    });
  }

  /** Keyset paging: go on after the last name while pages come back full (or the server links another). */
  private static PageRequest nextFields(IconikList<MetadataField> page, int requested) {
    List<MetadataField> fields = page.objects();
    if (fields.isEmpty()) {
      return null;
    }
    int perPage = page.perPage() != null && page.perPage() > 0 ? page.perPage() : requested;
    String last = fields.get(fields.size() - 1).name();
    boolean more = page.hasNextUrl() || fields.size() >= perPage;
    return more && last != null ? new PageRequest.Cursor(List.of(last)) : null;
  }

  /**
   * The values of one object for one view.
   *
   * @param objectType {@code assets}, {@code collections} or {@code segments}
   * @throws io.github.iconikopentext.core.error.NotFoundException if the object, the view, or values for them do
   *     not exist
   */
  public MetadataValues values(String objectType, String objectId, String viewId) {
    return objectMetadata(objectType, objectId, viewId).values();
  }

  /** The values of an asset for one view. */
  public MetadataValues assetValues(String assetId, String viewId) {
    return values(ASSETS, assetId, viewId);
  }

  /**
   * The values of one object for one view with iconik's record of them: the object's version and when the values
   * were first and last written.
   *
   * @param objectType {@code assets}, {@code collections} or {@code segments}
   * @throws io.github.iconikopentext.core.error.NotFoundException if the object, the view, or values for them do
   *     not exist
   */
  public ObjectMetadata objectMetadata(String objectType, String objectId, String viewId) {
    String type = Args.requireText(objectType, "objectType");
    String id = Args.requireText(objectId, "objectId");
    String view = Args.requireText(viewId, "viewId");
    ObjectMetadata read = ASSETS.equals(type) ? api.assetValues(type, id, view) : api.values(type, id, view);
    return Responses.present(read, "metadata of " + objectType + " " + objectId);
  }

  /** Writes values of one object for one view and returns the values iconik then holds. */
  public MetadataValues putValues(String objectType, String objectId, String viewId, MetadataValues values) {
    Objects.requireNonNull(values, "values == null");
    String type = Args.requireText(objectType, "objectType");
    String id = Args.requireText(objectId, "objectId");
    String view = Args.requireText(viewId, "viewId");
    MetadataValuesBody body = MetadataValuesBody.of(values);
    ObjectMetadata written = ASSETS.equals(type)
        ? api.putAssetValues(type, id, view, body)
        : api.putValues(type, id, view, body);
    return Responses.present(written, "metadata of " + objectType + " " + objectId).values();
  }

  /** Writes values of an asset for one view. */
  public MetadataValues putAssetValues(String assetId, String viewId, MetadataValues values) {
    return putValues(ASSETS, assetId, viewId, values);
  }

  /**
   * Writes the same values to many objects of one type; iconik applies them in the background (HTTP 202).
   *
   * @param objectType {@code assets}, {@code collections} or {@code segments}
   */
  public void putValuesBatch(String objectType, List<String> objectIds, String viewId, MetadataValues values) {
    Objects.requireNonNull(objectIds, "objectIds == null");
    Objects.requireNonNull(values, "values == null");
    if (objectIds.isEmpty()) {
      throw new IllegalArgumentException("objectIds is empty");
    }
    objectIds.forEach(id -> Args.requireText(id, "an object id"));
    api.putValuesBatch(Args.requireText(objectType, "objectType"), Args.requireText(viewId, "viewId"),
        MetadataValuesBody.batch(objectIds, values));
  }
}
