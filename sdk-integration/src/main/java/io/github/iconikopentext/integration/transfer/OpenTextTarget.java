package io.github.iconikopentext.integration.transfer;

import io.github.iconikopentext.integration.mapping.OpenTextMetadata;
import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.opentext.cms.Rendition;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.integration.transfer.internal.PipelineContent;
import io.github.iconikopentext.opentext.storage.UploadResult;
import io.github.iconikopentext.opentext.storage.UploadSource;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a transferred file in OpenText: the bytes stream to the Content Storage Service, then a CMS file instance
 * of the configured type is created in the configured folder with the file as its primary rendition and the mapped
 * metadata ({@link OpenTextMetadata}) as properties and traits.
 *
 * <p>The transfer id and the iconik asset id are stored in properties (default {@code iconik_transfer_id} and
 * {@code iconik_asset_id}; the CMS type must define them), and
 * {@link #commit} first looks for an instance carrying it, so a retried or repeated transfer never creates a second
 * instance. CSS uploads cannot resume: a failed attempt starts over. Thread-safe.
 */
public final class OpenTextTarget implements TransferTarget {
  private static final Logger log = LoggerFactory.getLogger(OpenTextTarget.class);

  private final String name;
  private final OpenTextClient client;
  private final String cmsType;
  private final String folderId;
  private final String transferIdProperty;
  private final String assetIdProperty;
  private final Map<String, UploadResult> uploads = new ConcurrentHashMap<>();

  private OpenTextTarget(Builder b) {
    this.name = b.name;
    this.client = b.client;
    this.cmsType = Objects.requireNonNull(b.cmsType, "cmsType == null");
    this.folderId = b.folderId;
    this.transferIdProperty = b.transferIdProperty;
    this.assetIdProperty = b.assetIdProperty;
  }

  public static Builder builder(OpenTextClient client, String cmsType) {
    return new Builder(client, cmsType);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Streams the content to CSS: with {@code Content-Length}, and without hashing it again, when it comes from an
   * {@link AssetTransfer} (which computes the SHA-256 anyway); chunked and hashed by the upload otherwise.
   */
  @Override
  public String write(TransferItem item, InputStream content, long offset) {
    UploadSource.Builder source = UploadSource.builder(content, item.mimeType()).fileName(item.fileName());
    if (content instanceof PipelineContent pipeline && offset == 0) {
      if (pipeline.length() >= 0) {
        source.length(pipeline.length());
      }
      if (pipeline.sha256() != null) {
        source.sha256(pipeline.sha256());
      }
    }
    UploadResult result = client.storage().upload(source.build());
    uploads.put(result.file().id(), result);
    return result.file().id();
  }

  @Override
  public String commit(TransferItem item, String handle, VerifiedContent content) {
    String transferId = item.id().value();
    CmsInstance existing = existing(transferId);
    if (existing != null) {
      log.debug("transfer {} already has CMS instance {}", transferId, existing.id());
      uploads.remove(handle);
      return existing.id();
    }
    UploadResult upload = uploads.remove(handle);
    if (upload != null && !upload.sha256().equalsIgnoreCase(content.sha256())) {
      throw new io.github.iconikopentext.integration.status.IntegrationException(
          io.github.iconikopentext.integration.status.FailureDomain.ENDPOINT, "ChecksumMismatch",
          "CSS received content with SHA-256 " + upload.sha256() + " for transfer " + transferId
              + " but " + content.sha256() + " was sent");
    }
    OpenTextMetadata metadata = item.metadata() instanceof OpenTextMetadata m ? m : OpenTextMetadata.empty();
    InstanceRequest.Builder request = InstanceRequest.builder(item.fileName())
        .parentFolderId(folderId)
        .rendition(Rendition.primary(item.fileName(), handle, item.mimeType(), content.bytes()))
        .properties(metadata.properties())
        .property(transferIdProperty, transferId)
        .property(assetIdProperty, item.id().assetId());
    metadata.traits().forEach((trait, instances) ->
        instances.forEach((instanceName, attributes) -> request.trait(trait, instanceName, attributes)));
    return client.cms().create(Category.FILE, cmsType, request.build()).id();
  }

  @Override
  public void discard(TransferItem item, String handle) {
    uploads.remove(handle);
    log.warn("transfer {}: CSS content {} failed verification and is left unreferenced", item.id().value(), handle);
  }

  private CmsInstance existing(String transferId) {
    for (CmsInstance instance : client.cms().list(Category.FILE, cmsType,
        InstanceQuery.filter("properties." + transferIdProperty + " eq '" + transferId + "'"))) {
      return instance;
    }
    return null;
  }

  @Override
  public String toString() {
    return "OpenText target " + name + " (CMS type " + cmsType + ", folder " + folderId + ")";
  }

  /** Builds an {@link OpenTextTarget}. Not thread-safe. */
  public static final class Builder {
    private final OpenTextClient client;
    private final String cmsType;
    private String name = "opentext";
    private String folderId;
    private String transferIdProperty = "iconik_transfer_id";
    private String assetIdProperty = "iconik_asset_id";

    private Builder(OpenTextClient client, String cmsType) {
      this.client = Objects.requireNonNull(client, "client == null");
      this.cmsType = cmsType;
    }

    /** The target's name in routing rules and transfer ids. Default {@code opentext}. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** The CMS folder the instances are created in. */
    public Builder folderId(String folderId) {
      this.folderId = folderId;
      return this;
    }

    /** The CMS property that stores the transfer id. Default {@code iconik_transfer_id}. */
    public Builder transferIdProperty(String property) {
      this.transferIdProperty = Objects.requireNonNull(property, "property == null");
      return this;
    }

    /** The CMS property that stores the iconik asset id (used by metadata sync). Default {@code iconik_asset_id}. */
    public Builder assetIdProperty(String property) {
      this.assetIdProperty = Objects.requireNonNull(property, "property == null");
      return this;
    }

    public OpenTextTarget build() {
      return new OpenTextTarget(this);
    }
  }
}
