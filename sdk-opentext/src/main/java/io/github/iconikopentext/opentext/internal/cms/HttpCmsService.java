package io.github.iconikopentext.opentext.internal.cms;

import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.core.http.HttpStack;
import io.github.iconikopentext.core.paging.PagedIterable;
import io.github.iconikopentext.opentext.cms.AttributeDefinition;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.FullTextQuery;
import io.github.iconikopentext.opentext.cms.InstancePatch;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRef;
import io.github.iconikopentext.opentext.cms.InstanceRequest;
import io.github.iconikopentext.opentext.cms.CmsService;
import io.github.iconikopentext.opentext.cms.Rendition;
import io.github.iconikopentext.opentext.cms.TraitDefinition;
import io.github.iconikopentext.opentext.cms.TypeDefinition;
import io.github.iconikopentext.opentext.internal.json.HalPage;
import io.github.iconikopentext.opentext.internal.json.HalPaging;
import io.github.iconikopentext.opentext.internal.json.IdBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link CmsService} over Retrofit. Thread-safe. Not part of the API. */
public final class HttpCmsService implements CmsService {
  static final String COLLECTION = "collection";

  private final CmsRestApi api;

  public HttpCmsService(HttpStack stack) {
    this.api = stack.create(CmsRestApi.class);
  }

  @Override
  public TypeDefinition typeDefinition(String type) {
    return api.typeDefinition(Args.requireText(type, "type"));
  }

  @Override
  public List<AttributeDefinition> typeAttributes(String type) {
    return items(api.typeAttributes(Args.requireText(type, "type")));
  }

  @Override
  public List<TraitDefinition> requiredTraits(String type) {
    return items(api.requiredTraits(Args.requireText(type, "type")));
  }

  @Override
  public List<TraitDefinition> traitDefinitions() {
    return items(api.traitDefinitions());
  }

  @Override
  public TraitDefinition traitDefinition(String trait) {
    return api.traitDefinition(Args.requireText(trait, "trait"));
  }

  @Override
  public CmsInstance create(Category category, String type, InstanceRequest request) {
    return api.create(category(category), Args.requireText(type, "type"), Objects.requireNonNull(request, "request == null"));
  }

  @Override
  public CmsInstance get(InstanceRef ref) {
    return api.get(ref.category().pathSegment(), ref.type(), ref.id());
  }

  @Override
  public PagedIterable<CmsInstance> list(Category category, String type, InstanceQuery query) {
    String categoryPath = category(category);
    Args.requireText(type, "type");
    Objects.requireNonNull(query, "query == null");
    return HalPaging.pages(COLLECTION, query.itemsPerPage(),
        page -> api.list(categoryPath, type, queryParameters(query, page)));
  }

  @Override
  public CmsInstance patch(InstanceRef ref, InstancePatch patch) {
    return api.patch(ref.category().pathSegment(), ref.type(), ref.id(), Objects.requireNonNull(patch, "patch == null"));
  }

  @Override
  public CmsInstance replace(InstanceRef ref, InstanceRequest request) {
    return api.replace(ref.category().pathSegment(), ref.type(), ref.id(),
        Objects.requireNonNull(request, "request == null"));
  }

  @Override
  public void delete(InstanceRef ref) {
    api.delete(ref.category().pathSegment(), ref.type(), ref.id());
  }

  @Override
  public CmsInstance move(InstanceRef ref, String folderId) {
    return api.move(ref.category().pathSegment(), ref.type(), ref.id(), new IdBody(Args.requireText(folderId, "folderId")));
  }

  @Override
  public void setAcl(InstanceRef ref, String aclId) {
    api.setAcl(ref.category().pathSegment(), ref.type(), ref.id(), new IdBody(Args.requireText(aclId, "aclId")));
  }

  @Override
  public List<Rendition> renditions(InstanceRef ref) {
    return items(api.renditions(ref.category().pathSegment(), ref.type(), ref.id()));
  }

  @Override
  public Rendition addRendition(InstanceRef ref, Rendition rendition) {
    return api.addRendition(ref.category().pathSegment(), ref.type(), ref.id(),
        Objects.requireNonNull(rendition, "rendition == null"));
  }

  @Override
  public CmsInstance nextVersion(InstanceRef ref, InstancePatch changes) {
    return api.nextVersion(ref.category().pathSegment(), ref.type(), ref.id(),
        changes == null ? InstancePatch.builder().build() : changes);
  }

  @Override
  public PagedIterable<CmsInstance> folderItems(String folderType, String folderId, InstanceQuery query) {
    Args.requireText(folderType, "folderType");
    Args.requireText(folderId, "folderId");
    Objects.requireNonNull(query, "query == null");
    return HalPaging.pages(COLLECTION, query.itemsPerPage(),
        page -> api.folderItems(folderType, folderId, queryParameters(query, page)));
  }

  @Override
  public PagedIterable<CmsInstance> fullTextSearch(FullTextQuery query) {
    Objects.requireNonNull(query, "query == null");
    FullTextBody body = new FullTextBody(query.query(), query.types().isEmpty() ? null : query.types());
    return HalPaging.pages(COLLECTION, query.itemsPerPage(),
        page -> api.fullTextQuery(paging(query.itemsPerPage(), page), body));
  }

  static Map<String, String> queryParameters(InstanceQuery query, int page) {
    Map<String, String> parameters = paging(query.itemsPerPage(), page);
    if (query.filter() != null) {
      parameters.put("filter", query.filter());
    }
    if (query.sortBy() != null) {
      parameters.put("sortby", query.sortBy());
    }
    if (query.includeTotal()) {
      parameters.put("include-total", "true");
    }
    return parameters;
  }

  private static Map<String, String> paging(int itemsPerPage, int page) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("page", Integer.toString(page));
    parameters.put("items-per-page", Integer.toString(itemsPerPage));
    return parameters;
  }

  private static <T> List<T> items(HalPage<T> page) {
    return page == null ? List.of() : page.items(COLLECTION);
  }

  private static String category(Category category) {
    Objects.requireNonNull(category, "category == null");
    if (category == Category.UNKNOWN) {
      throw new IllegalArgumentException("category UNKNOWN has no CMS path");
    }
    return category.pathSegment();
  }
}
