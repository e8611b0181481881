package io.github.iconikopentext.testkit.internal.iconik;

import static io.github.iconikopentext.testkit.internal.iconik.Routes.ID;

import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Collections and their contents (iconik's assets service). Not part of the API. */
final class CollectionRoutes {
  private static final String BASE = "/API/assets/v1/collections/";
  private static final List<String> READ_ONLY = List.of("id", "date_created", "date_modified", "created_by_user",
      "object_type", "parents", "in_collections", "date_deleted");

  private final SimState s;

  private CollectionRoutes(SimState state) {
    this.s = state;
  }

  static void register(Routes routes, SimState state) {
    CollectionRoutes c = new CollectionRoutes(state);
    routes.add("GET", BASE, r -> Pagination.page(r,
        state.collections.values().stream().filter(x -> !"DELETED".equals(x.get("status"))).toList(), 1000));
    routes.add("POST", BASE, c::create);
    routes.add("GET", BASE + ID + "/", r -> c.withCollection(r, SimResponse::ok));
    routes.add("PATCH", BASE + ID + "/", c::update);
    routes.add("PUT", BASE + ID + "/", c::update);
    routes.add("DELETE", BASE + ID + "/", c::delete);
    routes.add("GET", BASE + ID + "/contents/", c::contents);
    routes.add("POST", BASE + ID + "/contents/", c::add);
    routes.add("DELETE", BASE + ID + "/contents/" + ID + "/" + ID + "/", c::remove);
  }

  private SimResponse withCollection(SimRequest r, java.util.function.Function<Map<String, Object>, SimResponse> then) {
    Map<String, Object> collection = s.collections.get(r.param(1));
    return collection == null ? SimResponse.notFound("Collection") : then.apply(collection);
  }

  private SimResponse create(SimRequest r) {
    Object title = r.json().get("title");
    if (!(title instanceof String t) || t.isBlank()) {
      return SimResponse.fieldError("title", "Missing data for required field.");
    }
    Object parentId = r.json().get("parent_id");
    if (parentId != null && !s.collections.containsKey(parentId)) {
      return SimResponse.fieldError("parent_id", "Parent collection does not exist.");
    }
    Map<String, Object> collection = newCollection(s, t, (String) parentId);
    SimState.merge(collection, r.json(), READ_ONLY);
    if (parentId != null) {
      addContent(s, (String) parentId, "collections", (String) collection.get("id"));
    }
    s.emit(new IconikWebhookEvent("collections", "entity", "create", (String) collection.get("id"), collection));
    return SimResponse.created(collection);
  }

  /** A new ACTIVE collection, stored (not yet linked to its parent's contents). */
  static Map<String, Object> newCollection(SimState s, String title, String parentId) {
    String id = s.newId();
    Map<String, Object> c = s.newObject(id);
    c.put("title", title);
    c.put("status", "ACTIVE");
    c.put("object_type", "collections");
    c.put("created_by_user", s.userId);
    c.put("parent_id", parentId);
    c.put("is_root", parentId == null);
    List<Object> parents = new ArrayList<>();
    if (parentId != null) {
      Object grandParents = s.collections.get(parentId).get("parents");
      if (grandParents instanceof List<?> l) {
        parents.addAll(l);
      }
      parents.add(parentId);
    }
    c.put("parents", parents);
    c.put("in_collections", parentId == null ? new ArrayList<>() : new ArrayList<>(List.of(parentId)));
    s.collections.put(id, c);
    return c;
  }

  private SimResponse update(SimRequest r) {
    return withCollection(r, c -> {
      SimState.merge(c, r.json(), READ_ONLY);
      c.put("date_modified", s.now());
      s.emit(new IconikWebhookEvent("collections", "entity", "update", r.param(1), c));
      return SimResponse.ok(c);
    });
  }

  private SimResponse delete(SimRequest r) {
    return withCollection(r, c -> {
      c.put("status", "DELETED");
      c.put("date_deleted", s.now());
      s.emit(new IconikWebhookEvent("collections", "entity", "delete", r.param(1), c));
      return SimResponse.accepted();
    });
  }

  private SimResponse contents(SimRequest r) {
    return withCollection(r, c -> {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> entry : s.contents.getOrDefault(r.param(1), List.of())) {
        Map<String, Object> object = "collections".equals(entry.get("object_type"))
            ? s.collections.get(entry.get("object_id")) : s.assets.get(entry.get("object_id"));
        if (object != null) {
          items.add(object);
        }
      }
      return Pagination.page(r, items, 1000);
    });
  }

  private SimResponse add(SimRequest r) {
    return withCollection(r, c -> {
      Object objectId = r.json().get("object_id");
      Object objectType = r.json().get("object_type");
      if (!(objectId instanceof String id)) {
        return SimResponse.fieldError("object_id", "Missing data for required field.");
      }
      if (!"assets".equals(objectType) && !"collections".equals(objectType)) {
        return SimResponse.fieldError("object_type", "Must be assets or collections.");
      }
      boolean exists = "assets".equals(objectType) ? s.assets.containsKey(id) : s.collections.containsKey(id);
      if (!exists) {
        return SimResponse.error(404, "Object " + id + " does not exist");
      }
      addContent(s, r.param(1), (String) objectType, id);
      return new SimResponse(201, null, null);
    });
  }

  /** Puts an object into a collection (once) and tells the webhooks. */
  @SuppressWarnings("unchecked")
  static void addContent(SimState s, String collectionId, String objectType, String objectId) {
    List<Map<String, Object>> list = s.contents.computeIfAbsent(collectionId, k -> new ArrayList<>());
    if (list.stream().anyMatch(e -> objectId.equals(e.get("object_id")))) {
      return;
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("collection_id", collectionId);
    entry.put("object_id", objectId);
    entry.put("object_type", objectType);
    entry.put("date_created", s.now());
    list.add(entry);
    Map<String, Object> object = "assets".equals(objectType) ? s.assets.get(objectId) : s.collections.get(objectId);
    if (object != null && object.get("in_collections") instanceof List<?> in && !in.contains(collectionId)) {
      ((List<Object>) in).add(collectionId);
    }
    Map<String, Object> data = new LinkedHashMap<>(entry);
    data.put("parents", s.collections.get(collectionId).get("parents"));
    // As captured from iconik: the delivery's object_id is the object added, not the collection.
    s.emit(new IconikWebhookEvent("collections", "contents", "create", objectId, data));
  }

  private SimResponse remove(SimRequest r) {
    return withCollection(r, c -> {
      String objectType = r.param(2);
      String objectId = r.param(3);
      List<Map<String, Object>> list = s.contents.getOrDefault(r.param(1), new ArrayList<>());
      boolean removed = list.removeIf(e -> objectId.equals(e.get("object_id"))
          && Objects.equals(objectType, e.get("object_type")));
      if (!removed) {
        return SimResponse.error(404, "Content object not found");
      }
      Map<String, Object> object = "assets".equals(objectType) ? s.assets.get(objectId) : s.collections.get(objectId);
      if (object != null && object.get("in_collections") instanceof List<?> in) {
        in.remove(r.param(1));
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("collection_id", r.param(1));
      data.put("object_id", objectId);
      data.put("object_type", objectType);
      s.emit(new IconikWebhookEvent("collections", "contents", "delete", objectId, data));
      return SimResponse.noContent();
    });
  }
}
