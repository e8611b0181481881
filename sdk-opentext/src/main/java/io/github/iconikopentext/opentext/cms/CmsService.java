package io.github.iconikopentext.opentext.cms;

import io.github.iconikopentext.core.paging.PagedIterable;
import java.util.List;

/**
 * The Content Metadata Service ({@code {base}/cms}): type and trait definitions, instances of category file, folder
 * and object, their renditions, folder contents and full-text search.
 *
 * <p>Every call carries a bearer token (refreshed ahead of expiry; on a 401, refreshed once and repeated once), is
 * held to the client-side rate limit (5 requests/s by default, CMS's own limit) and retried per the retry policy
 * when it is safe to repeat (GET, PUT, DELETE; never a create). Errors arrive as sdk-core's
 * {@link io.github.iconikopentext.core.error.ApiException} subclasses. Lists are lazy: one page is fetched at a time
 * as iteration proceeds.
 *
 * <p>Implementations are thread-safe.
 */
public interface CmsService {

  /** {@code GET /type-definitions/{type}}. */
  TypeDefinition typeDefinition(String type);

  /** {@code GET /type-definitions/{type}/attributes}. */
  List<AttributeDefinition> typeAttributes(String type);

  /** {@code GET /type-definitions/{type}/required-traits}: the names of the traits every instance must carry. */
  List<TraitDefinition> requiredTraits(String type);

  /** {@code GET /trait-definitions}. */
  List<TraitDefinition> traitDefinitions();

  /** {@code GET /trait-definitions/{trait}}. */
  TraitDefinition traitDefinition(String trait);

  /** {@code POST /instances/{category}/{type}}: creates an instance. Not retried (it could create two). */
  CmsInstance create(Category category, String type, InstanceRequest request);

  /** {@code GET /instances/{category}/{type}/{id}}. */
  CmsInstance get(InstanceRef ref);

  /** {@code GET /instances/{category}/{type}} with {@code filter}, {@code sortby}, {@code include-total}, paged. */
  PagedIterable<CmsInstance> list(Category category, String type, InstanceQuery query);

  /** {@code PATCH …/{id}}: changes the given name, description, properties and trait instances. */
  CmsInstance patch(InstanceRef ref, InstancePatch patch);

  /** {@code PUT …/{id}}: replaces the instance's fields with {@code request}. */
  CmsInstance replace(InstanceRef ref, InstanceRequest request);

  /** {@code DELETE …/{id}}. */
  void delete(InstanceRef ref);

  /** {@code PUT …/{id}/parent} with {@code {"id": folderId}}: moves the instance into a folder. */
  CmsInstance move(InstanceRef ref, String folderId);

  /** {@code PUT …/{id}/acl} with {@code {"id": aclId}} (body shape UNCONFIRMED): sets the instance's ACL. */
  void setAcl(InstanceRef ref, String aclId);

  /** {@code GET …/{id}/contents}: the instance's renditions. */
  List<Rendition> renditions(InstanceRef ref);

  /** {@code POST …/{id}/contents}: adds a rendition. Not retried. */
  Rendition addRendition(InstanceRef ref, Rendition rendition);

  /** {@code POST …/{id}/nextVersion}: creates the next version, with {@code changes} applied. Not retried. */
  CmsInstance nextVersion(InstanceRef ref, InstancePatch changes);

  /** {@code GET /instances/folder/{folderType}/{folderId}/items}, paged. */
  PagedIterable<CmsInstance> folderItems(String folderType, String folderId, InstanceQuery query);

  /** {@code POST /ft-query}, paged (request shape UNCONFIRMED, see {@link FullTextQuery}). */
  PagedIterable<CmsInstance> fullTextSearch(FullTextQuery query);
}
