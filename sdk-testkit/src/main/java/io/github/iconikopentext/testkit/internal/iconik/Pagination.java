package io.github.iconikopentext.testkit.internal.iconik;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * iconik's list envelope with page-number paging and relative {@code next_url}/{@code prev_url} links. A page past
 * the end is a 404 "Requested page does not exist", as in iconik. Not part of the API.
 */
final class Pagination {
  static final int DEFAULT_PER_PAGE = 10;

  private Pagination() {}

  /**
   * The page {@code request} asks for ({@code page}, {@code per_page} query parameters) of {@code items}, whose
   * links keep the request's other query parameters.
   */
  static SimResponse page(SimRequest request, List<? extends Map<String, Object>> items, int maxPerPage) {
    int perPage = request.intParam("per_page", DEFAULT_PER_PAGE);
    if (perPage < 1 || perPage > maxPerPage) {
      return SimResponse.fieldError("per_page", "Must be between 1 and " + maxPerPage + ".");
    }
    int page = request.intParam("page", 1);
    int total = items.size();
    int pages = Math.max(1, (total + perPage - 1) / perPage);
    if (page < 1 || page > pages) {
      return SimResponse.error(404, "Requested page does not exist");
    }
    List<Map<String, Object>> objects = new ArrayList<>(items.subList((page - 1) * perPage,
        Math.min(total, page * perPage)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("objects", objects);
    body.put("page", page);
    body.put("pages", pages);
    body.put("per_page", perPage);
    body.put("total", total);
    body.put("first_url", link(request, 1, perPage));
    body.put("last_url", link(request, pages, perPage));
    if (page < pages) {
      body.put("next_url", link(request, page + 1, perPage));
    }
    if (page > 1) {
      body.put("prev_url", link(request, page - 1, perPage));
    }
    return SimResponse.ok(body);
  }

  /** An unpaged list: only {@code objects}. */
  static SimResponse all(List<? extends Map<String, Object>> items) {
    return SimResponse.ok(Map.of("objects", new ArrayList<>(items)));
  }

  private static String link(SimRequest request, int page, int perPage) {
    StringBuilder sb = new StringBuilder(request.path()).append("?page=").append(page).append("&per_page=").append(perPage);
    request.query().forEach((k, v) -> {
      if (!k.equals("page") && !k.equals("per_page")) {
        sb.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    return sb.toString();
  }
}
