package io.github.iconikopentext.iconik.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Filters and paging for listing jobs. iconik serves at most 100 jobs per page. Immutable; build with
 * {@link #builder()}.
 */
public final class JobFilter {
  /** The largest page iconik serves for jobs. */
  public static final int MAX_PER_PAGE = 100;

  private final Map<String, String> query;

  private JobFilter(Map<String, String> query) {
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /** No filter, iconik's default page size. */
  public static JobFilter all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The query parameters this filter sends. */
  public Map<String, String> asQuery() {
    return query;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobFilter f && query.equals(f.query);
  }

  @Override
  public int hashCode() {
    return query.hashCode();
  }

  @Override
  public String toString() {
    return "JobFilter" + query;
  }

  /** Builds a {@link JobFilter}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> query = new LinkedHashMap<>();

    private Builder() {}

    public Builder type(JobType type) {
      return put("type", type.name());
    }

    public Builder status(JobStatus status) {
      return put("status", status.name());
    }

    /** Jobs working on one object, e.g. {@code ("assets", assetId)}. */
    public Builder object(String objectType, String objectId) {
      put("object_type", objectType);
      return put("object_id", objectId);
    }

    public Builder parentId(String parentId) {
      return put("parent_id", parentId);
    }

    /** A free-text query over the jobs' fields. */
    public Builder query(String query) {
      return put("query", query);
    }

    /** iconik's sort expression, e.g. {@code date_created}. */
    public Builder sort(String sort) {
      return put("sort", sort);
    }

    /** Jobs per page, 1 to {@value JobFilter#MAX_PER_PAGE}. */
    public Builder perPage(int perPage) {
      if (perPage < 1 || perPage > MAX_PER_PAGE) {
        throw new IllegalArgumentException("perPage must be within 1.." + MAX_PER_PAGE + " for jobs: " + perPage);
      }
      return put("per_page", Integer.toString(perPage));
    }

    private Builder put(String name, String value) {
      query.put(name, Objects.requireNonNull(value, name + " == null"));
      return this;
    }

    public JobFilter build() {
      return new JobFilter(query);
    }
  }
}
