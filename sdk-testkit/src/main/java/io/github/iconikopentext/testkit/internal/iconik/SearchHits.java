package io.github.iconikopentext.testkit.internal.iconik;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Search hits and facets in the shape iconik's search index answers (a live EU search page, captured in
 * shared/reference/realworld-payloads): an asset hit carries its files (with {@code storage_method}), formats (with
 * format-level metadata), versions, proxies, keyframes, {@code media_type}, {@code permissions} and
 * {@code position}, and {@code _highlight} for a text query; facets count the values of the requested fields over
 * all hits. The simulator has no transcoder: each CLOSED file of an asset stands in as its proxy, with the file's
 * signed URL when the search asks for signed URLs. Called under the state's lock. Not part of the API.
 */
final class SearchHits {
  private static final List<String> PERMISSIONS = List.of("change-acl", "write", "read", "delete");

  private final SimState s;

  SearchHits(SimState state) {
    this.s = state;
  }

  /** {@code doc} as a hit at {@code position}, with the asset's related objects when it is an asset. */
  Map<String, Object> hit(Map<String, Object> doc, int position, String query, boolean signedUrls) {
    Map<String, Object> hit = new LinkedHashMap<>(doc);
    hit.put("position", position);
    hit.put("permissions", PERMISSIONS);
    if (query != null && !query.isBlank() && doc.get("title") instanceof String title) {
      hit.put("_highlight", Map.of("title", List.of(highlight(title, query))));
    }
    if (!"assets".equals(doc.get("object_type"))) {
      return hit;
    }
    hit.put("face_recognition_status", "N/A");
    hit.put("has_unconfirmed_persons", false);
    hit.put("person_ids", new ArrayList<>());
    String assetId = (String) doc.get("id");
    List<Map<String, Object>> files = ofAsset(s.files, assetId);
    List<Map<String, Object>> formats = ofAsset(s.formats, assetId);
    hit.put("files", files);
    hit.put("formats", formats);
    hit.put("keyframes", new ArrayList<>());
    hit.put("proxies", files.stream().filter(f -> "CLOSED".equals(f.get("status")))
        .map(f -> proxy(f, signedUrls)).toList());
    hit.put("media_type", mediaType(formats));
    Object versions = doc.get("versions");
    hit.put("versions_number", versions instanceof List<?> l ? l.size() : 0);
    return hit;
  }

  /** The title with the query marked as iconik marks it: {@code [[mark]]…[[/mark]]}. */
  private static String highlight(String title, String query) {
    int at = title.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
    return at < 0 ? title : title.substring(0, at) + "[[mark]]" + title.substring(at, at + query.length())
        + "[[/mark]]" + title.substring(at + query.length());
  }

  private static List<Map<String, Object>> ofAsset(Map<String, Map<String, Object>> objects, String assetId) {
    return objects.values().stream().filter(o -> assetId.equals(o.get("asset_id"))).toList();
  }

  private Map<String, Object> proxy(Map<String, Object> file, boolean signedUrls) {
    Map<String, Object> proxy = new LinkedHashMap<>();
    proxy.put("id", file.get("id"));
    proxy.put("name", file.get("name"));
    proxy.put("filename", file.get("name"));
    proxy.put("status", "CLOSED");
    proxy.put("is_public", false);
    proxy.put("storage_id", file.get("storage_id"));
    if (file.get("size") != null) {
      proxy.put("size", file.get("size"));
    }
    proxy.put("date_created", file.get("date_created"));
    proxy.put("date_modified", file.get("date_modified"));
    if (signedUrls) {
      proxy.put("url", FileRoutes.signedUrl(s, (String) file.get("id")));
    }
    return proxy;
  }

  /** {@code video}, {@code audio}, {@code image}… from the formats' {@code internet_media_type}, else null. */
  @SuppressWarnings("unchecked")
  private static String mediaType(List<Map<String, Object>> formats) {
    for (Map<String, Object> format : formats) {
      if (format.get("metadata") instanceof List<?> list) {
        for (Object entry : list) {
          Object mime = entry instanceof Map<?, ?> m ? ((Map<String, Object>) m).get("internet_media_type") : null;
          if (mime instanceof String text && text.contains("/")) {
            return text.substring(0, text.indexOf('/')).toLowerCase(Locale.ROOT);
          }
        }
      }
    }
    return null;
  }

  /** The counts of each requested facet's values over {@code hits}, most frequent first, as iconik writes them. */
  static Map<String, Object> facets(List<Object> fields, List<Map<String, Object>> hits) {
    Map<String, Object> facets = new LinkedHashMap<>();
    for (Object field : fields) {
      Map<Object, Integer> counts = new TreeMap<>(Comparator.comparing(String::valueOf));
      for (Map<String, Object> hit : hits) {
        Object value = hit.get(String.valueOf(field));
        if (value != null) {
          counts.merge(value, 1, Integer::sum);
        }
      }
      List<Map<String, Object>> buckets = new ArrayList<>();
      counts.entrySet().stream().sorted(Map.Entry.<Object, Integer>comparingByValue().reversed()).forEach(e -> {
        Map<String, Object> bucket = new LinkedHashMap<>();
        bucket.put("doc_count", e.getValue());
        if (e.getKey() instanceof Boolean flag) {
          bucket.put("key", flag ? 1 : 0); // iconik's index keys booleans as numbers
          bucket.put("key_as_string", flag.toString());
        } else {
          bucket.put("key", e.getKey());
        }
        buckets.add(bucket);
      });
      Map<String, Object> facet = new LinkedHashMap<>();
      facet.put("buckets", buckets);
      facet.put("doc_count_error_upper_bound", 0);
      facet.put("sum_other_doc_count", 0);
      facets.put(String.valueOf(field), facet);
    }
    return facets;
  }
}
