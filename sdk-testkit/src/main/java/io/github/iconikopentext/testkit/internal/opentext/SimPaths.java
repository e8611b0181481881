package io.github.iconikopentext.testkit.internal.opentext;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Path templates and HAL paging shared by the simulator's handlers. */
final class SimPaths {
  private SimPaths() {}

  /** The values of {@code {placeholders}} when {@code path} matches {@code prefix + template}, else {@code null}. */
  static List<String> match(String prefix, String template, String path) {
    if (!path.startsWith(prefix)) {
      return null;
    }
    String[] expected = template.split("/");
    String[] actual = path.substring(prefix.length()).split("/");
    if (expected.length != actual.length) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < expected.length; i++) {
      if (expected[i].startsWith("{")) {
        values.add(URLDecoder.decode(actual[i], StandardCharsets.UTF_8));
      } else if (!expected[i].equals(actual[i])) {
        return null;
      }
    }
    return values;
  }

  /**
   * One page of {@code items} as a HAL list: {@code page} (from 1) and {@code items-per-page} from the request,
   * {@code total} when {@code include-total=true}, and a {@code next} link while more remain. The body also names
   * its page as a bare number with {@code itemsPerPage}, the shape OpenText's own sample app reads (no captured CMS
   * answer is public; the SDK reads this and the Spring-style page object alike).
   */
  static Map<String, Object> halPage(SimRequest r, String key, List<? extends Object> items) {
    int size = Math.max(1, r.intQuery("items-per-page", 100));
    int page = Math.max(1, r.intQuery("page", 1));
    int from = Math.min(items.size(), (page - 1) * size);
    int to = Math.min(items.size(), from + size);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("_embedded", Map.of(key, items.subList(from, to)));
    if ("true".equals(r.query("include-total"))) {
      body.put("total", items.size());
    }
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("self", Map.of("href", r.url().toString()));
    if (to < items.size()) {
      links.put("next", Map.of("href", r.url().newBuilder().setQueryParameter("page", Integer.toString(page + 1))
          .build().toString()));
    }
    body.put("_links", links);
    body.put("page", page);
    body.put("itemsPerPage", size);
    return body;
  }
}
