package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The writable fields of a collection, for create (title required) and update (PATCH: only the fields set are
 * sent). Immutable; build with {@link #builder()} or {@link #titled(String)}.
 *
 * @param title the title
 * @param parentId the parent collection; {@code null} with {@code isRoot} for a root collection
 * @param isRoot whether it is a root collection
 * @param status the status
 * @param category a free category
 * @param externalId an id in an external system
 * @param storageId a storage to map it to
 */
public record CollectionRequest(
    String title,
    @Json(name = "parent_id") @Nullable String parentId,
    @Json(name = "is_root") Boolean isRoot,
    CollectionStatus status,
    String category,
    @Json(name = "external_id") String externalId,
    @Json(name = "storage_id") String storageId) {

  /** An input with only a title. */
  public static CollectionRequest titled(String title) {
    return builder().title(title).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CollectionRequest}. Not thread-safe. */
  public static final class Builder {
    private String title;
    private String parentId;
    private Boolean isRoot;
    private CollectionStatus status;
    private String category;
    private String externalId;
    private String storageId;

    private Builder() {}

    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title == null");
      return this;
    }

    public Builder parentId(String parentId) {
      this.parentId = parentId;
      return this;
    }

    public Builder isRoot(Boolean isRoot) {
      this.isRoot = isRoot;
      return this;
    }

    public Builder status(CollectionStatus status) {
      this.status = status;
      return this;
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    public Builder storageId(String storageId) {
      this.storageId = storageId;
      return this;
    }

    public CollectionRequest build() {
      return new CollectionRequest(title, parentId, isRoot, status, category, externalId, storageId);
    }
  }
}
