package io.github.iconikopentext.opentext.internal.json;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.error.InvalidResponseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A HAL list response: items under {@code _embedded.<key>} ({@code collection} in CMS, {@code users}, {@code groups}
 * … in Developer Admin), an optional {@code total} (CMS with {@code include-total=true}) and {@code _links}. A
 * response with neither {@code _embedded} nor {@code _links} is not a HAL list (a gateway's or proxy's answer, say)
 * and fails with an {@link InvalidResponseException} rather than pass for an empty result; an empty HAL list may
 * leave out {@code _embedded} (as Spring HATEOAS does) but keeps its links. Not part of the API.
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

  /**
   * The items under {@code key}, or under the only key present; never {@code null}, without null elements.
   *
   * @throws InvalidResponseException if the response has neither {@code _embedded} nor {@code _links}
   */
  public List<T> items(String key) {
    if (embedded == null && links == null) {
      throw new InvalidResponseException(
          "the list response has neither _embedded nor _links: it is not a HAL list", "", null);
    }
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
