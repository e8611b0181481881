package io.github.iconikopentext.iconik.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search over assets, collections and other documents. Deep iteration pages with {@code search_after} (iconik's
 * {@code scroll} is deprecated), which needs a stable sort: give at least one {@link SearchSort}, ideally ending
 * with a unique field. Signed URLs are not generated unless {@link Builder#generateSignedUrls(boolean)} asks, and
 * searches are not saved to the user's history unless {@link Builder#saveSearchHistory(boolean)} asks. Immutable;
 * build with {@link #builder()}.
 */
public final class SearchRequest {
  private final String query;
  private final List<SearchDocType> docTypes;
  private final SearchFilter filter;
  private final List<SearchSort> sort;
  private final List<String> includeFields;
  private final List<String> excludeFields;
  private final List<String> searchFields;
  private final List<String> facets;
  private final String metadataViewId;
  private final Integer perPage;
  private final boolean generateSignedUrls;
  private final boolean saveSearchHistory;

  private SearchRequest(Builder b) {
    this.query = b.query;
    this.docTypes = List.copyOf(b.docTypes);
    this.filter = b.filter;
    this.sort = List.copyOf(b.sort);
    this.includeFields = List.copyOf(b.includeFields);
    this.excludeFields = List.copyOf(b.excludeFields);
    this.searchFields = List.copyOf(b.searchFields);
    this.facets = List.copyOf(b.facets);
    this.metadataViewId = b.metadataViewId;
    this.perPage = b.perPage;
    this.generateSignedUrls = b.generateSignedUrls;
    this.saveSearchHistory = b.saveSearchHistory;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The free-text query, or {@code null}. */
  public @Nullable String query() {
    return query;
  }

  /** The document types searched; empty means iconik's default. */
  public List<SearchDocType> docTypes() {
    return docTypes;
  }

  /** The filter, or {@code null}. */
  public @Nullable SearchFilter filter() {
    return filter;
  }

  public List<SearchSort> sort() {
    return sort;
  }

  public List<String> includeFields() {
    return includeFields;
  }

  public List<String> excludeFields() {
    return excludeFields;
  }

  public List<String> searchFields() {
    return searchFields;
  }

  /** The fields whose value counts the result's {@link SearchPage#facets()} report; empty for none. */
  public List<String> facets() {
    return facets;
  }

  /** The metadata view whose fields the hits carry, or {@code null}. */
  public @Nullable String metadataViewId() {
    return metadataViewId;
  }

  /** Hits per page, or {@code null} for iconik's default. */
  public @Nullable Integer perPage() {
    return perPage;
  }

  public boolean generateSignedUrls() {
    return generateSignedUrls;
  }

  public boolean saveSearchHistory() {
    return saveSearchHistory;
  }

  @Override
  public String toString() {
    return "SearchRequest[query=" + query + ", docTypes=" + docTypes + ", filter=" + filter + ", sort=" + sort
        + ", perPage=" + perPage + "]";
  }

  /** Builds a {@link SearchRequest}. Not thread-safe. */
  public static final class Builder {
    private String query;
    private final List<SearchDocType> docTypes = new ArrayList<>();
    private SearchFilter filter;
    private final List<SearchSort> sort = new ArrayList<>();
    private final List<String> includeFields = new ArrayList<>();
    private final List<String> excludeFields = new ArrayList<>();
    private final List<String> searchFields = new ArrayList<>();
    private final List<String> facets = new ArrayList<>();
    private String metadataViewId;
    private Integer perPage;
    private boolean generateSignedUrls;
    private boolean saveSearchHistory;

    private Builder() {}

    public Builder query(String query) {
      this.query = query;
      return this;
    }

    public Builder docTypes(SearchDocType... types) {
      for (SearchDocType t : types) {
        if (t == SearchDocType.UNKNOWN) {
          throw new IllegalArgumentException("cannot search documents of type UNKNOWN");
        }
        docTypes.add(t);
      }
      return this;
    }

    public Builder filter(SearchFilter filter) {
      this.filter = filter;
      return this;
    }

    /** Adds a sort key; keys apply in the order added. */
    public Builder sort(SearchSort key) {
      sort.add(Objects.requireNonNull(key, "sort == null"));
      return this;
    }

    public Builder includeFields(String... fields) {
      includeFields.addAll(List.of(fields));
      return this;
    }

    public Builder excludeFields(String... fields) {
      excludeFields.addAll(List.of(fields));
      return this;
    }

    public Builder searchFields(String... fields) {
      searchFields.addAll(List.of(fields));
      return this;
    }

    /**
     * Asks iconik to count the values of these fields over all hits, e.g. {@code media_type},
     * {@code archive_status}, {@code type}; {@link io.github.iconikopentext.iconik.SearchService#page} returns the
     * counts as {@link SearchPage#facets()}.
     */
    public Builder facets(String... fields) {
      for (String field : fields) {
        facets.add(Objects.requireNonNull(field, "facet field == null"));
      }
      return this;
    }

    public Builder metadataViewId(String viewId) {
      this.metadataViewId = viewId;
      return this;
    }

    /** Hits per page, 1 to 1000. */
    public Builder perPage(int perPage) {
      if (perPage < 1 || perPage > 1000) {
        throw new IllegalArgumentException("perPage must be within 1..1000: " + perPage);
      }
      this.perPage = perPage;
      return this;
    }

    /** Whether iconik should sign URLs of keyframes and proxies in the hits (slower; off by default). */
    public Builder generateSignedUrls(boolean generate) {
      this.generateSignedUrls = generate;
      return this;
    }

    /** Whether iconik should add the search to the user's history (off by default). */
    public Builder saveSearchHistory(boolean save) {
      this.saveSearchHistory = save;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(this);
    }
  }
}
