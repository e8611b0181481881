package io.github.iconikopentext.opentext.cms;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.json.Strict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A CMS instance (file, folder or object) as CMS returns it. Components the server omits are {@code null}.
 *
 * <p>Read tolerantly, like every OpenText model: enums map unknown values to {@code UNKNOWN}, and a member of an
 * unexpected shape reads as {@code null} instead of failing the whole list; only {@link #id()} must be text.
 *
 * <p>{@link #properties()} holds the type's attributes; {@link #traits()} is keyed trait name → trait instance name →
 * attribute name → value (one trait instance per iconik metadata view fits naturally). JSON integers read as
 * {@link Long}, fractions as {@link Double}, dates as ISO-8601 strings.
 *
 * @param id the instance id
 * @param name the display name
 * @param type the type's system name
 * @param category file, folder or object
 * @param description the description
 * @param parentFolderId the containing folder's id
 * @param aclId the ACL (permission) id
 * @param versionNo the version number, for versioned files
 * @param contentSize the primary content size in bytes (files)
 * @param mimeType the primary content MIME type (files)
 * @param createTime when it was created
 * @param updateTime when it was last changed
 * @param createdBy who created it: an id or a user identity, as the server sends it
 * @param updatedBy who changed it last
 * @param owner who owns it
 * @param etag the instance's version tag for optimistic concurrency, as text (CMS may send a number)
 * @param properties the type's attribute values
 * @param traits trait → instance → attribute → value
 * @param renditions the renditions, when the server embeds them
 * @param links HAL links by relation, e.g. {@code urn:eim:linkrel:download-media}
 */
public record CmsInstance(
    @Strict @Nullable String id,
    @Nullable String name,
    @Nullable String type,
    @Nullable Category category,
    @Nullable String description,
    @Json(name = "parent_folder_id") @Nullable String parentFolderId,
    @Json(name = "acl_id") @Nullable String aclId,
    @Json(name = "version_no") @Nullable Long versionNo,
    @Json(name = "content_size") @Nullable Long contentSize,
    @Json(name = "mime_type") @Nullable String mimeType,
    @Json(name = "create_time") @Nullable Instant createTime,
    @Json(name = "update_time") @Nullable Instant updateTime,
    @Json(name = "created_by") @Nullable CmsIdentity createdBy,
    @Json(name = "updated_by") @Nullable CmsIdentity updatedBy,
    @Nullable CmsIdentity owner,
    @Nullable String etag,
    Map<String, Object> properties,
    Map<String, Map<String, Map<String, Object>>> traits,
    List<Rendition> renditions,
    @Json(name = "_links") Map<String, Object> links) {

  /** This instance's reference, for the calls of {@link CmsService}. */
  public InstanceRef ref() {
    return new InstanceRef(category == null ? Category.UNKNOWN : category, type, id);
  }

  /** One property, if set. */
  public Optional<Object> property(String name) {
    return properties == null ? Optional.empty() : Optional.ofNullable(properties.get(name));
  }

  /** The attributes of one trait instance, if present. */
  public Optional<Map<String, Object>> trait(String traitName, String instanceName) {
    if (traits == null || traits.get(traitName) == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(traits.get(traitName).get(instanceName));
  }

  /** The {@code href} of the HAL link {@code relation}, if present. */
  public Optional<String> link(String relation) {
    Object link = links == null ? null : links.get(relation);
    if (link instanceof List<?> list && !list.isEmpty()) {
      link = list.get(0);
    }
    return link instanceof Map<?, ?> map && map.get("href") instanceof String href
        ? Optional.of(href)
        : Optional.empty();
  }
}
