package io.github.iconikopentext.iconik.internal;

import com.squareup.moshi.Json;
import io.github.iconikopentext.core.error.InvalidResponseException;
import io.github.iconikopentext.core.json.Strict;
import java.util.List;
import java.util.Objects;

/**
 * iconik's list envelope. Paged lists carry {@code next_url} (relative to the host) and counts; unpaged lists
 * (webhooks, views, custom actions) only {@code objects}. Every iconik list has {@code objects}, empty or not: an
 * answer without it is not an iconik list (a gateway's or proxy's answer, say), and {@link #objects()} fails rather
 * than pass it for an empty result. Not part of the API.
 *
 * @param objects the items of this page
 * @param nextUrl the next page, relative to the host; {@code null} or empty on the last page
 * @param page the 1-based page number
 * @param pages the number of pages
 * @param perPage the page size the server applied
 * @param total the number of items in all pages
 * @param <T> the item type
 */
public record IconikList<T>(
    @Strict List<T> objects,
    @Strict @Json(name = "next_url") String nextUrl,
    Integer page,
    Integer pages,
    @Json(name = "per_page") Integer perPage,
    Long total) {

  public IconikList {
    objects = objects == null ? null : objects.stream().filter(Objects::nonNull).toList();
  }

  /**
   * The items of this page, without {@code null} elements.
   *
   * @throws InvalidResponseException if the answer had no {@code objects} member
   */
  @Override
  public List<T> objects() {
    if (objects == null) {
      throw new InvalidResponseException("the answer has no 'objects' member: it is not an iconik list", "", null);
    }
    return objects;
  }

  /** Whether the server linked a next page. */
  public boolean hasNextUrl() {
    return nextUrl != null && !nextUrl.isBlank();
  }
}
