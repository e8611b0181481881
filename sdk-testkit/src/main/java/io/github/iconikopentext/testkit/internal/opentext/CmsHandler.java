package io.github.iconikopentext.testkit.internal.opentext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A stateful Content Metadata Service: type and trait definitions as seeded, instances created, read, listed
 * (filter {@code field eq 'value' [and …]}, {@code sortby}, paging, {@code include-total}), patched, replaced, moved,
 * versioned and deleted, renditions, folder items and a simple full-text search over names and property values.
 */
final class CmsHandler {
  static final String PREFIX = "/cms/";
  private static final Set<String> CATEGORIES = Set.of("file", "folder", "object");

  private final Map<String, Map<String, Object>> types = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> traits = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Object>> instances = new ConcurrentHashMap<>();

  boolean handles(SimRequest r) {
    return r.path().startsWith(PREFIX);
  }

  void seedType(Map<String, Object> definition) {
    types.put(String.valueOf(definition.get("name")), definition);
  }

  void seedTrait(Map<String, Object> definition) {
    traits.put(String.valueOf(definition.get("name")), definition);
  }

  Map<String, Object> instance(String id) {
    return instances.get(id);
  }

  synchronized SimResponse handle(SimRequest r) {
    String method = r.method();
    List<String> v;
    if ((v = SimPaths.match(PREFIX, "type-definitions/{type}", r.path())) != null) {
      return found(types.get(v.get(0)), "type definition " + v.get(0));
    }
    if ((v = SimPaths.match(PREFIX, "type-definitions/{type}/attributes", r.path())) != null) {
      Map<String, Object> type = types.get(v.get(0));
      return type == null ? SimResponse.notFound("type definition " + v.get(0))
          : SimResponse.ok(SimPaths.halPage(r, "collection", list(type.get("attributes"))));
    }
    if ((v = SimPaths.match(PREFIX, "type-definitions/{type}/required-traits", r.path())) != null) {
      return SimResponse.ok(SimPaths.halPage(r, "collection", List.of()));
    }
    if (SimPaths.match(PREFIX, "trait-definitions", r.path()) != null) {
      return SimResponse.ok(SimPaths.halPage(r, "collection", new ArrayList<>(traits.values())));
    }
    if ((v = SimPaths.match(PREFIX, "trait-definitions/{trait}", r.path())) != null) {
      return found(traits.get(v.get(0)), "trait definition " + v.get(0));
    }
    if (SimPaths.match(PREFIX, "ft-query", r.path()) != null && method.equals("POST")) {
      return fullText(r);
    }
    if ((v = SimPaths.match(PREFIX, "instances/folder/{type}/{id}/items", r.path())) != null) {
      String folder = v.get(1);
      return listing(r, i -> folder.equals(i.get("parent_folder_id")));
    }
    if ((v = SimPaths.match(PREFIX, "instances/{category}/{type}", r.path())) != null) {
      String category = v.get(0);
      String type = v.get(1);
      if (!CATEGORIES.contains(category)) {
        return SimResponse.notFound("category " + category);
      }
      return method.equals("POST") ? create(category, type, r)
          : listing(r, i -> category.equals(i.get("category")) && type.equals(i.get("type")));
    }
    if ((v = SimPaths.match(PREFIX, "instances/{category}/{type}/{id}", r.path())) != null) {
      return one(method, v.get(2), r);
    }
    if ((v = SimPaths.match(PREFIX, "instances/{category}/{type}/{id}/{action}", r.path())) != null) {
      return action(method, v.get(2), v.get(3), r);
    }
    return SimResponse.notFound("CMS resource " + r.path());
  }

  private SimResponse create(String category, String type, SimRequest r) {
    Map<String, Object> body = SimResponse.SimJson.readObject(r.body());
    if (body == null) {
      return SimResponse.serviceError(400, "Bad Request", "the body is not a JSON object");
    }
    if (!(body.get("name") instanceof String name) || name.isBlank()) {
      return SimResponse.serviceError(400, "Bad Request", "name is required");
    }
    String now = Instant.now().toString();
    Map<String, Object> instance = new LinkedHashMap<>(body);
    instance.put("id", UUID.randomUUID().toString());
    instance.put("type", type);
    instance.put("category", category);
    instance.put("version_no", 1);
    instance.put("create_time", now);
    instance.put("update_time", now);
    instance.putIfAbsent("properties", new LinkedHashMap<>());
    instance.putIfAbsent("traits", new LinkedHashMap<>());
    if (list(instance.get("renditions")).stream().findFirst().orElse(null) instanceof Map<?, ?> primary) {
      instance.put("content_size", primary.get("content_size"));
      instance.put("mime_type", primary.get("mime_type"));
    }
    instances.put((String) instance.get("id"), instance);
    return SimResponse.json(201, withLinks(instance));
  }

  private SimResponse one(String method, String id, SimRequest r) {
    Map<String, Object> instance = instances.get(id);
    if (instance == null) {
      return SimResponse.notFound("instance " + id);
    }
    switch (method) {
      case "GET" -> {
        return SimResponse.ok(withLinks(instance));
      }
      case "DELETE" -> {
        instances.remove(id);
        return SimResponse.noContent();
      }
      case "PATCH", "PUT" -> {
        Map<String, Object> body = SimResponse.SimJson.readObject(r.body());
        if (body == null) {
          return SimResponse.serviceError(400, "Bad Request", "the body is not a JSON object");
        }
        if (method.equals("PUT")) {
          for (String field : List.of("name", "description", "parent_folder_id", "acl_id", "properties", "traits")) {
            instance.remove(field);
          }
          instance.put("properties", new LinkedHashMap<>());
          instance.put("traits", new LinkedHashMap<>());
        }
        apply(instance, body);
        return SimResponse.ok(withLinks(instance));
      }
      default -> {
        return SimResponse.serviceError(405, "Method Not Allowed", method + " " + r.path());
      }
    }
  }

  private SimResponse action(String method, String id, String action, SimRequest r) {
    Map<String, Object> instance = instances.get(id);
    if (instance == null) {
      return SimResponse.notFound("instance " + id);
    }
    Map<String, Object> body = SimResponse.SimJson.readObject(r.body());
    switch (method + " " + action) {
      case "PUT parent" -> {
        instance.put("parent_folder_id", body == null ? null : body.get("id"));
        touch(instance);
        return SimResponse.ok(withLinks(instance));
      }
      case "PUT acl" -> {
        instance.put("acl_id", body == null ? null : body.get("id"));
        return SimResponse.noContent();
      }
      case "GET contents" -> {
        return SimResponse.ok(SimPaths.halPage(r, "collection", list(instance.get("renditions"))));
      }
      case "POST contents" -> {
        if (body == null) {
          return SimResponse.serviceError(400, "Bad Request", "the body is not a JSON object");
        }
        body.put("id", UUID.randomUUID().toString());
        List<Object> renditions = new ArrayList<>(list(instance.get("renditions")));
        renditions.add(body);
        instance.put("renditions", renditions);
        return SimResponse.json(201, body);
      }
      case "POST nextVersion" -> {
        if (body != null) {
          apply(instance, body);
        }
        instance.put("version_no", ((Number) instance.get("version_no")).longValue() + 1);
        return SimResponse.json(201, withLinks(instance));
      }
      default -> {
        return SimResponse.notFound("CMS resource " + r.path());
      }
    }
  }

  /** PATCH semantics: given fields replace; properties merge (null removes); trait instances replace. */
  @SuppressWarnings("unchecked")
  private static void apply(Map<String, Object> instance, Map<String, Object> body) {
    body.forEach((field, value) -> {
      if (field.equals("properties") && value instanceof Map<?, ?> props) {
        Map<String, Object> current = (Map<String, Object>) instance.computeIfAbsent("properties",
            k -> new LinkedHashMap<>());
        props.forEach((k, val) -> {
          if (val == null) {
            current.remove(k);
          } else {
            current.put((String) k, val);
          }
        });
      } else if (field.equals("traits") && value instanceof Map<?, ?> byTrait) {
        Map<String, Object> current = (Map<String, Object>) instance.computeIfAbsent("traits",
            k -> new LinkedHashMap<>());
        byTrait.forEach((trait, byInstance) -> {
          Map<String, Object> target = (Map<String, Object>) current.computeIfAbsent((String) trait,
              k -> new LinkedHashMap<>());
          if (byInstance instanceof Map<?, ?> m) {
            m.forEach((name, attributes) -> target.put((String) name, attributes));
          }
        });
      } else if (!Set.of("id", "type", "category", "version_no", "create_time").contains(field)) {
        instance.put(field, value);
      }
    });
    touch(instance);
  }

  private static void touch(Map<String, Object> instance) {
    instance.put("update_time", Instant.now().toString());
  }

  private SimResponse listing(SimRequest r, Predicate<Map<String, Object>> scope) {
    Predicate<Map<String, Object>> filter;
    try {
      filter = Filters.parse(r.query("filter"));
    } catch (IllegalArgumentException e) {
      return SimResponse.serviceError(400, "Bad Request", e.getMessage());
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> instance : instances.values()) {
      if (scope.test(instance) && filter.test(instance)) {
        items.add(withLinks(instance));
      }
    }
    items.sort(Filters.order(r.query("sortby")));
    return SimResponse.ok(SimPaths.halPage(r, "collection", items));
  }

  private SimResponse fullText(SimRequest r) {
    Map<String, Object> body = SimResponse.SimJson.readObject(r.body());
    String query = body == null ? null : (String) body.get("query");
    if (query == null || query.isBlank()) {
      return SimResponse.serviceError(400, "Bad Request", "query is required");
    }
    String needle = query.toLowerCase(Locale.ROOT);
    return listing(r, i -> String.valueOf(i.get("name")).toLowerCase(Locale.ROOT).contains(needle)
        || String.valueOf(i.get("properties")).toLowerCase(Locale.ROOT).contains(needle));
  }

  private static Map<String, Object> withLinks(Map<String, Object> instance) {
    Map<String, Object> copy = new LinkedHashMap<>(instance);
    String self = PREFIX + "instances/" + instance.get("category") + "/" + instance.get("type") + "/"
        + instance.get("id");
    copy.put("_links", Map.of("self", Map.of("href", self),
        "urn:eim:linkrel:download-media", Map.of("href", self + "/contents")));
    return copy;
  }

  private static SimResponse found(Map<String, Object> value, String what) {
    return value == null ? SimResponse.notFound(what) : SimResponse.ok(value);
  }

  private static List<Object> list(Object value) {
    return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
  }

  /** CMS filter and sort expressions, the subset the simulator understands. */
  static final class Filters {
    private Filters() {}

    static Predicate<Map<String, Object>> parse(String filter) {
      Predicate<Map<String, Object>> all = i -> true;
      if (filter == null || filter.isBlank()) {
        return all;
      }
      for (String clause : filter.split("(?i)\\s+and\\s+")) {
        String[] parts = clause.trim().split("\\s+eq\\s+", 2);
        if (parts.length != 2 || !parts[1].startsWith("'") || !parts[1].endsWith("'")) {
          throw new IllegalArgumentException("unsupported filter clause: " + clause);
        }
        String field = parts[0].trim();
        String value = parts[1].substring(1, parts[1].length() - 1);
        all = all.and(i -> value.equals(String.valueOf(field(i, field))));
      }
      return all;
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> instance, String field) {
      if (field.startsWith("properties.") && instance.get("properties") instanceof Map<?, ?> props) {
        return ((Map<String, Object>) props).get(field.substring("properties.".length()));
      }
      return instance.get(field);
    }

    static Comparator<Map<String, Object>> order(String sortBy) {
      if (sortBy == null || sortBy.isBlank()) {
        return Comparator.comparing(i -> String.valueOf(i.get("create_time")) + i.get("id"));
      }
      String[] parts = sortBy.trim().split("\\s+");
      Comparator<Map<String, Object>> by = Comparator.comparing(i -> String.valueOf(i.get(parts[0])));
      return parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? by.reversed() : by;
    }
  }
}
