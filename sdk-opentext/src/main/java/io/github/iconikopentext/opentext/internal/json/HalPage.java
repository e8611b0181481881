package io.github.iconikopentext.opentext.internal.json;

import com.squareup.moshi.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A HAL list response: items under {@code _embedded.<key>} ({@code collection} in CMS, {@code users}, {@code groups}
 * … in Developer Admin), an optional {@code total} (CMS with {@code include-total=true}) and {@code _links}. Not
 * part of the API.
 *
 * @param embedded the {@code _embedded} object, or {@code null} for an empty result
 * @param total the total count, if the server reported one
 * @param links the {@code _links} object, or {@code null}
 * @param page the {@code page} member: a Spring-style object ({@code totalElements}) or a bare page number, or
 *     {@code null}
 * @param itemsPerPage the page size, when the server reports it next to a bare page number
 * @param <T> the item type
 */
public record HalPage<T>(
    @Json(name = "_embedded") Map<String, List<T>> embedded,
    Long total,
    @Json(name = "_links") Map<String, Object> links,
    HalPageInfo page,
    Long itemsPerPage) {

  /** The items under {@code key}, or under the only key present; never {@code null}, without null elements. */
  public List<T> items(String key) {
    if (embedded == null || embedded.isEmpty()) {
      return List.of();
    }
    List<T> items = embedded.get(key);
    if (items == null && embedded.size() == 1) {
      items = embedded.values().iterator().next();
    }
    return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
  }

  /** The total count from {@code total} or {@code page.totalElements}/{@code page.total_elements}, if reported. */
  public Long totalCount() {
    if (total != null) {
      return total;
    }
    return page == null ? null : page.totalElements();
  }

  /** Whether {@code _links} has a {@code next} relation. */
  public boolean hasNextLink() {
    return links != null && links.get("next") != null;
  }
}
