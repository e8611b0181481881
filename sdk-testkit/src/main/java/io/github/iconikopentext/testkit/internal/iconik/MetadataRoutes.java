package io.github.iconikopentext.testkit.internal.iconik;

import static io.github.iconikopentext.testkit.internal.iconik.Routes.ID;

import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metadata views, fields and values (iconik's metadata service). Writes are checked the way iconik checks them: the
 * field must be in the view and the value must suit the field's type. Not part of the API.
 */
final class MetadataRoutes {
  private static final String BASE = "/API/metadata/v1/";
  private static final int FIELDS_PER_PAGE = 500;

  private final SimState s;

  private MetadataRoutes(SimState state) {
    this.s = state;
  }

  static void register(Routes routes, SimState state) {
    MetadataRoutes m = new MetadataRoutes(state);
    routes.add("GET", BASE + "views/", r -> Pagination.all(state.views.values().stream().map(m::listShape).toList()));
    routes.add("GET", BASE + "views/" + ID + "/", m::view);
    routes.add("GET", BASE + "fields/", m::fields);
    routes.add("GET", BASE + "fields/" + ID + "/", r -> {
      Map<String, Object> field = state.fields.get(r.param(1));
      return field == null ? SimResponse.notFound("Metadata field") : SimResponse.ok(field);
    });
    routes.add("GET", BASE + ID + "/" + ID + "/views/" + ID + "/", m::values);
    routes.add("PUT", BASE + ID + "/" + ID + "/views/" + ID + "/", m::putValues);
    routes.add("PUT", BASE + ID + "/views/" + ID + "/", m::putBatch);
  }

  private Map<String, Object> listShape(Map<String, Object> view) {
    Map<String, Object> out = new LinkedHashMap<>(view);
    List<Map<String, Object>> fields = new ArrayList<>();
    for (String name : fieldNames(view)) {
      Map<String, Object> def = s.fields.getOrDefault(name, Map.of("name", name));
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("name", name);
      f.put("label", def.get("label"));
      f.put("required", def.get("required"));
      f.put("read_only", def.get("read_only"));
      f.put("options", def.get("options"));
      fields.add(f);
    }
    out.put("view_fields", fields);
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<String> fieldNames(Map<String, Object> view) {
    return (List<String>) view.get("field_names");
  }

  private SimResponse view(SimRequest r) {
    Map<String, Object> view = s.views.get(r.param(1));
    if (view == null) {
      return SimResponse.error(404, "Metadata view doesn't exist");
    }
    Map<String, Object> out = new LinkedHashMap<>(view);
    out.remove("field_names");
    out.put("view_fields", fieldNames(view).stream().map(n -> s.fields.getOrDefault(n, Map.of("name", n))).toList());
    return SimResponse.ok(out);
  }

  private SimResponse fields(SimRequest r) {
    int perPage = r.intParam("per_page", FIELDS_PER_PAGE);
    String after = r.query().get("last_field_name");
    List<Map<String, Object>> page = s.fields.values().stream()
        .filter(f -> after == null || ((String) f.get("name")).compareTo(after) > 0)
        .limit(perPage)
        .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("objects", page);
    body.put("per_page", perPage);
    body.put("total", s.fields.size());
    return SimResponse.ok(body);
  }

  private SimResponse values(SimRequest r) {
    SimResponse missing = checkTargets(r.param(1), r.param(2), r.param(3));
    if (missing != null) {
      return missing;
    }
    return SimResponse.ok(body(r.param(1), r.param(2), r.param(3)));
  }

  private SimResponse checkTargets(String objectType, String objectId, String viewId) {
    boolean exists = switch (objectType) {
      case "assets" -> s.assets.containsKey(objectId);
      case "collections" -> s.collections.containsKey(objectId);
      default -> false;
    };
    if (!exists) {
      return SimResponse.error(404, "Object " + objectType + "/" + objectId + " does not exist");
    }
    return s.views.containsKey(viewId) ? null : SimResponse.error(404, "Metadata view doesn't exist");
  }

  private Map<String, List<Object>> stored(String objectType, String objectId, String viewId) {
    return s.metadata.computeIfAbsent(objectType + "/" + objectId + "/" + viewId, k -> new LinkedHashMap<>());
  }

  private Map<String, String> dates(String objectType, String objectId, String viewId) {
    return s.metadataDates.computeIfAbsent(objectType + "/" + objectId + "/" + viewId, k -> new LinkedHashMap<>());
  }

  /** iconik's MetadataValuesSchema: the values with each field's {@code date_created}, and the object's record. */
  private Map<String, Object> body(String objectType, String objectId, String viewId) {
    Map<String, String> dates = dates(objectType, objectId, viewId);
    Map<String, Object> wire = new LinkedHashMap<>();
    stored(objectType, objectId, viewId).forEach((field, list) -> {
      Map<String, Object> fieldValues = new LinkedHashMap<>();
      if (dates.containsKey(field)) {
        fieldValues.put("date_created", dates.get(field));
      }
      fieldValues.put("field_values", list.stream().map(v -> Map.of("value", v)).toList());
      wire.put(field, fieldValues);
    });
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("object_id", objectId);
    body.put("object_type", objectType);
    String versionId = "assets".equals(objectType) ? AssetRoutes.currentVersionId(s.assets.get(objectId)) : null;
    if (versionId != null) {
      body.put("version_id", versionId);
    }
    body.put("date_created", dates.values().stream().min(String::compareTo).orElse(s.now()));
    body.put("date_modified", s.now());
    body.put("metadata_values", wire);
    return body;
  }

  private SimResponse putValues(SimRequest r) {
    SimResponse missing = checkTargets(r.param(1), r.param(2), r.param(3));
    if (missing != null) {
      return missing;
    }
    SimResponse invalid = validate(r.param(3), r.json().get("metadata_values"));
    if (invalid != null) {
      return invalid;
    }
    return SimResponse.ok(apply(r.param(1), r.param(2), r.param(3), r.json().get("metadata_values")));
  }

  private SimResponse putBatch(SimRequest r) {
    List<Object> ids = r.list("object_ids");
    if (ids.isEmpty()) {
      return SimResponse.fieldError("object_ids", "Missing data for required field.");
    }
    for (Object id : ids) {
      SimResponse missing = checkTargets(r.param(1), String.valueOf(id), r.param(2));
      if (missing != null) {
        return missing;
      }
    }
    SimResponse invalid = validate(r.param(2), r.json().get("metadata_values"));
    if (invalid != null) {
      return invalid;
    }
    ids.forEach(id -> apply(r.param(1), String.valueOf(id), r.param(2), r.json().get("metadata_values")));
    return SimResponse.accepted();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> apply(String objectType, String objectId, String viewId, Object metadataValues) {
    Map<String, List<Object>> values = stored(objectType, objectId, viewId);
    ((Map<String, Object>) metadataValues).forEach((field, spec) -> {
      Map<String, Object> fieldSpec = (Map<String, Object>) spec;
      List<Object> incoming = new ArrayList<>();
      if (fieldSpec.get("field_values") instanceof List<?> list) {
        list.forEach(v -> {
          Object value = v instanceof Map<?, ?> m ? m.get("value") : v;
          if (value != null) {
            incoming.add(value);
          }
        });
      }
      String mode = fieldSpec.get("mode") instanceof String m ? m : "overwrite";
      dates(objectType, objectId, viewId).put(field, s.now());
      List<Object> current = values.computeIfAbsent(field, f -> new ArrayList<>());
      switch (mode) {
        case "append" -> incoming.stream().filter(v -> !current.contains(v)).forEach(current::add);
        case "delete" -> {
          if (incoming.isEmpty()) {
            current.clear();
          } else {
            current.removeAll(incoming);
          }
        }
        default -> {
          current.clear();
          current.addAll(incoming);
        }
      }
    });
    Map<String, Object> body = body(objectType, objectId, viewId);
    if ("assets".equals(objectType)) {
      AssetRoutes.addHistory(s, objectId, "METADATA", "Metadata changed in view " + viewId);
    }
    Map<String, Object> data = new LinkedHashMap<>(body);
    data.put("view_id", viewId);
    s.emit(new IconikWebhookEvent(objectType, "metadata", "update", objectId, data));
    return body;
  }

  /** iconik-style field errors for fields outside the view and values that do not suit the field's type. */
  private SimResponse validate(String viewId, Object metadataValues) {
    if (!(metadataValues instanceof Map<?, ?> byField)) {
      return SimResponse.fieldError("metadata_values", "Missing data for required field.");
    }
    List<String> inView = fieldNames(s.views.get(viewId));
    for (Map.Entry<?, ?> e : byField.entrySet()) {
      String field = String.valueOf(e.getKey());
      if (!inView.contains(field)) {
        return SimResponse.fieldError(field, "Field is not in metadata view " + viewId + ".");
      }
      if (!(e.getValue() instanceof Map<?, ?> spec)) {
        return SimResponse.fieldError(field, "Must be an object with field_values.");
      }
      Object mode = spec.get("mode");
      if (mode != null && !List.of("overwrite", "append", "delete").contains(mode)) {
        return SimResponse.fieldError(field, "Mode must be one of overwrite, append, delete.");
      }
      Map<String, Object> def = s.fields.get(field);
      if (def != null && spec.get("field_values") instanceof List<?> list) {
        for (Object item : list) {
          Object value = item instanceof Map<?, ?> m ? m.get("value") : item;
          String problem = problem(def, value);
          if (problem != null) {
            return SimResponse.fieldError(field, problem);
          }
        }
      }
    }
    return null;
  }

  private static String problem(Map<String, Object> def, Object value) {
    if (value == null) {
      return null;
    }
    String type = String.valueOf(def.get("field_type"));
    return switch (type) {
      case "integer" -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
          ? null : "Not a valid integer.";
      case "float" -> value instanceof Number ? null : "Not a valid number.";
      case "boolean" -> value instanceof Boolean ? null : "Not a valid boolean.";
      case "date" -> parses(() -> LocalDate.parse(String.valueOf(value).substring(0, Math.min(10,
          String.valueOf(value).length())))) ? null : "Not a valid date.";
      case "datetime" -> parses(() -> OffsetDateTime.parse(String.valueOf(value))) ? null : "Not a valid datetime.";
      case "drop_down" -> allowed(def, value) ? null : "Not one of the field's options.";
      default -> value instanceof Map || value instanceof List ? "Not a valid value." : null;
    };
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean allowed(Map<String, Object> def, Object value) {
    if (!(def.get("options") instanceof List<?> options) || options.isEmpty()) {
      return true;
    }
    return options.stream().anyMatch(o -> o instanceof Map<?, ?> m && String.valueOf(value).equals(m.get("value")));
  }
}
