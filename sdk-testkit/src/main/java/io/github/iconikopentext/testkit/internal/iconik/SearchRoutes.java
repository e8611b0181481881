package io.github.iconikopentext.testkit.internal.iconik;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Search over assets and collections (iconik's search service): free text on titles, filter terms, sort keys, and
 * deep paging with {@code search_after} — every hit carries {@code _sort}, its sort values followed by its id — in
 * the hit and facet shapes of {@link SearchHits}. Not part of the API.
 */
final class SearchRoutes {
  private final SimState s;
  private final SearchHits shapes;

  private SearchRoutes(SimState state) {
    this.s = state;
    this.shapes = new SearchHits(state);
  }

  static void register(Routes routes, SimState state) {
    SearchRoutes search = new SearchRoutes(state);
    routes.add("POST", "/API/search/v1/search/", search::search);
    routes.add("GET", "/API/search/v1/search/saved/([^/]+)/", search::savedSearch);
  }

  /**
   * {@code GET /v1/search/saved/{search_id}/}: the saved search's criteria (free text over asset titles, as seeded)
   * run now, page-numbered, with the search's {@code id}, {@code name} and {@code search_criteria_document}.
   */
  @SuppressWarnings("unchecked")
  private SimResponse savedSearch(SimRequest r) {
    Map<String, Object> saved = s.savedSearches.get(r.param(1));
    if (saved == null) {
      return SimResponse.error(404, "Saved search not found");
    }
    Map<String, Object> criteria = (Map<String, Object>) saved.get("criteria");
    String text = String.valueOf(criteria.getOrDefault("query", "")).toLowerCase(Locale.ROOT);
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Map<String, Object> asset : s.assets.values()) {
      if (String.valueOf(asset.get("title")).toLowerCase(Locale.ROOT).contains(text)) {
        hits.add(shapes.hit(asset, hits.size(), text, false));
      }
    }
    SimResponse page = Pagination.page(r, hits, 1000);
    if (page.body() instanceof Map<?, ?> body) {
      Map<String, Object> withSearch = new LinkedHashMap<>((Map<String, Object>) body);
      withSearch.put("id", saved.get("id"));
      withSearch.put("name", saved.get("name"));
      withSearch.put("search_criteria_document", saved);
      return SimResponse.ok(withSearch);
    }
    return page;
  }

  @SuppressWarnings("unchecked")
  private SimResponse search(SimRequest r) {
    Map<String, Object> criteria = r.json();
    List<Object> docTypes = r.list("doc_types");
    List<Map<String, Object>> candidates = new ArrayList<>();
    if (docTypes.isEmpty() || docTypes.contains("assets")) {
      candidates.addAll(s.assets.values());
    }
    if (docTypes.isEmpty() || docTypes.contains("collections")) {
      candidates.addAll(s.collections.values());
    }
    String text = criteria.get("query") instanceof String q ? q.toLowerCase(Locale.ROOT) : "";
    Map<String, Object> filter = criteria.get("filter") instanceof Map<?, ?> f ? (Map<String, Object>) f : null;
    List<Map<String, Object>> sort = new ArrayList<>();
    r.list("sort").forEach(o -> sort.add((Map<String, Object>) o));

    List<Map<String, Object>> hits = new ArrayList<>();
    for (Map<String, Object> doc : candidates) {
      if (String.valueOf(doc.get("title")).toLowerCase(Locale.ROOT).contains(text)
          && (filter == null || matches(doc, filter))) {
        Map<String, Object> hit = new LinkedHashMap<>(doc);
        List<Object> sortValues = new ArrayList<>();
        sort.forEach(key -> sortValues.add(doc.get(key.get("name"))));
        sortValues.add(doc.get("id"));
        hit.put("_sort", sortValues);
        hits.add(hit);
      }
    }
    Comparator<Map<String, Object>> order = (a, b) -> compareSort((List<Object>) a.get("_sort"),
        (List<Object>) b.get("_sort"), sort);
    hits.sort(order);
    List<Map<String, Object>> matches = new ArrayList<>(hits); // facets count all matches, not one page
    List<Object> after = r.list("search_after");
    if (!after.isEmpty()) {
      hits.removeIf(hit -> compareSort((List<Object>) hit.get("_sort"), after, sort) <= 0);
    }
    int perPage = r.intParam("per_page", Pagination.DEFAULT_PER_PAGE);
    boolean signedUrls = !"false".equalsIgnoreCase(r.query().getOrDefault("generate_signed_url", "true"));
    List<Map<String, Object>> page = new ArrayList<>();
    for (Map<String, Object> hit : hits.subList(0, Math.min(perPage, hits.size()))) {
      page.add(shapes.hit(hit, page.size(), criteria.get("query") instanceof String q ? q : null, signedUrls));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("objects", page);
    body.put("page", 1);
    body.put("pages", Math.max(1, (hits.size() + perPage - 1) / perPage));
    body.put("per_page", perPage);
    body.put("total", hits.size());
    body.put("facets", SearchHits.facets(r.list("facets"),
        matches.stream().map(doc -> shapes.hit(doc, 0, null, false)).toList()));
    body.put("first_url", "/API/search/v1/search/?page=1&per_page=" + perPage);
    body.put("last_url", "/API/search/v1/search/?page=" + body.get("pages") + "&per_page=" + perPage);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("criteria", criteria);
    document.put("date_created", s.now());
    document.put("id", s.newId());
    body.put("search_criteria_document", document);
    return SimResponse.ok(body);
  }

  @SuppressWarnings("unchecked")
  private static boolean matches(Map<String, Object> doc, Map<String, Object> filter) {
    boolean and = !"OR".equals(filter.get("operator"));
    List<Boolean> results = new ArrayList<>();
    if (filter.get("terms") instanceof List<?> terms) {
      terms.forEach(t -> results.add(term(doc, (Map<String, Object>) t)));
    }
    if (filter.get("filters") instanceof List<?> nested) {
      nested.forEach(f -> results.add(matches(doc, (Map<String, Object>) f)));
    }
    return and ? results.stream().allMatch(b -> b) : results.isEmpty() || results.stream().anyMatch(b -> b);
  }

  private static boolean term(Map<String, Object> doc, Map<String, Object> term) {
    Object actual = doc.get(term.get("name"));
    if (Boolean.TRUE.equals(term.get("exists"))) {
      return actual != null;
    }
    if (Boolean.TRUE.equals(term.get("missing"))) {
      return actual == null;
    }
    if (term.get("value_in") instanceof List<?> values) {
      return values.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(actual)));
    }
    return term.get("value") == null || String.valueOf(term.get("value")).equals(String.valueOf(actual));
  }

  private static int compareSort(List<Object> a, List<Object> b, List<Map<String, Object>> keys) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareValues(a.get(i), b.get(i));
      boolean desc = i < keys.size() && "desc".equals(keys.get(i).get("order"));
      if (c != 0) {
        return desc ? -c : c;
      }
    }
    return 0;
  }

  private static int compareValues(Object x, Object y) {
    if (x == null || y == null) {
      return x == null ? (y == null ? 0 : -1) : 1;
    }
    if (x instanceof Number nx && y instanceof Number ny) {
      return Double.compare(nx.doubleValue(), ny.doubleValue());
    }
    return String.valueOf(x).compareTo(String.valueOf(y));
  }
}
