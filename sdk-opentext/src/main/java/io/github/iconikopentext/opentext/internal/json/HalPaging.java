package io.github.iconikopentext.opentext.internal.json;

import io.github.iconikopentext.core.paging.Page;
import io.github.iconikopentext.core.paging.PageRequest;
import io.github.iconikopentext.core.paging.PagedIterable;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Page-number paging over HAL lists ({@code page} from 1, {@code items-per-page}), as CMS and Developer Admin use
 * it. Another page is fetched when the server links a {@code next} page, or — without that link — while the reported
 * total is not reached, or — without a total — while pages come back full. Not part of the API.
 */
public final class HalPaging {
  private HalPaging() {}

  /**
   * Pages fetched by {@code fetch} (given the 1-based page number), reading items under {@code _embedded.<key>}.
   */
  public static <T> PagedIterable<T> pages(String key, int pageSize, IntFunction<HalPage<T>> fetch) {
    return PagedIterable.of(PageRequest.firstPage(), request -> {
      int number = ((PageRequest.Number) request).page();
      HalPage<T> page = fetch.apply(number);
      List<T> items = page == null ? List.of() : page.items(key);
      Long total = page == null ? null : page.totalCount();
      boolean more = !items.isEmpty() && (page.hasNextLink()
          || (total != null ? (long) (number - 1) * pageSize + items.size() < total : items.size() >= pageSize));
      return new Page<>(items, more ? new PageRequest.Number(number + 1) : null, total);
    });
  }
}
