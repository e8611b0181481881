package io.github.iconikopentext.iconik.model;

import com.squareup.moshi.Json;
import java.util.Objects;

/**
 * The writable fields of an asset, for create (title required) and update (PATCH: only the fields set are sent,
 * unset fields stay as they are). Immutable; build with {@link #builder()} or {@link #titled(String)}.
 *
 * @param title the title
 * @param type the kind of asset
 * @param status the status (set ACTIVE to undelete through an update)
 * @param externalId an id in an external system
 * @param externalLink a link to an external system
 * @param category a free category
 * @param collectionId on create: a collection to add the new asset to
 * @param isOnline whether the files are online
 */
public record AssetRequest(
    String title,
    AssetType type,
    AssetStatus status,
    @Json(name = "external_id") String externalId,
    @Json(name = "external_link") String externalLink,
    String category,
    @Json(name = "collection_id") String collectionId,
    @Json(name = "is_online") Boolean isOnline) {

  /** An input with only a title: the minimum for a create. */
  public static AssetRequest titled(String title) {
    return builder().title(title).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssetRequest}. Not thread-safe. */
  public static final class Builder {
    private String title;
    private AssetType type;
    private AssetStatus status;
    private String externalId;
    private String externalLink;
    private String category;
    private String collectionId;
    private Boolean isOnline;

    private Builder() {}

    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title == null");
      return this;
    }

    public Builder type(AssetType type) {
      this.type = type;
      return this;
    }

    public Builder status(AssetStatus status) {
      this.status = status;
      return this;
    }

    public Builder externalId(String externalId) {
      this.externalId = externalId;
      return this;
    }

    public Builder externalLink(String externalLink) {
      this.externalLink = externalLink;
      return this;
    }

    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder collectionId(String collectionId) {
      this.collectionId = collectionId;
      return this;
    }

    public Builder isOnline(Boolean isOnline) {
      this.isOnline = isOnline;
      return this;
    }

    public AssetRequest build() {
      return new AssetRequest(title, type, status, externalId, externalLink, category, collectionId, isOnline);
    }
  }
}
