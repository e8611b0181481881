package io.github.iconikopentext.testkit.internal.opentext;

import io.github.iconikopentext.opentext.internal.admin.AdminPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Developer Admin: tenants, users, groups, apps and service clients, routed by the SDK's own {@link AdminPaths} so
 * that a corrected path moves both. Records are held as the JSON objects the service would return.
 */
final class AdminHandler {
  static final String PREFIX = "/admin/api/v1/";

  private final SimulatorState state;
  /** Keyed by "org", "org/tenant", "org/app" as the collection requires. */
  private final Map<String, Map<String, Map<String, Object>>> tenants = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Map<String, Object>>> users = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Map<String, Object>>> groups = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Map<String, Object>>> apps = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Map<String, Object>>> clients = new ConcurrentHashMap<>();

  AdminHandler(SimulatorState state) {
    this.state = state;
  }

  boolean handles(SimRequest r) {
    return r.path().startsWith(PREFIX);
  }

  void seedTenant(String org, Map<String, Object> tenant) {
    put(tenants, org, tenant);
  }

  void seedUser(String org, String tenant, Map<String, Object> user) {
    put(users, org + "/" + tenant, user);
  }

  void seedGroup(String org, String tenant, Map<String, Object> group) {
    put(groups, org + "/" + tenant, group);
  }

  String seedApp(String org, Map<String, Object> app) {
    return put(apps, org, app);
  }

  void seedClient(String org, String app, Map<String, Object> client) {
    put(clients, org + "/" + app, client);
  }

  SimResponse handle(SimRequest r) {
    String path = r.path();
    String method = r.method();
    List<String> v;
    if ((v = SimPaths.match(PREFIX, AdminPaths.USERS, path)) != null && method.equals("GET")) {
      return list(r, AdminPaths.EMBEDDED_USERS, users, v.get(0) + "/" + v.get(1), "firstName", "lastName", "email");
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.USER, path)) != null && method.equals("GET")) {
      return one(users, v.get(0) + "/" + v.get(1), v.get(2), "user");
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.GROUPS, path)) != null && method.equals("GET")) {
      return list(r, AdminPaths.EMBEDDED_GROUPS, groups, v.get(0) + "/" + v.get(1), "name", "description");
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.GROUP, path)) != null && method.equals("GET")) {
      return one(groups, v.get(0) + "/" + v.get(1), v.get(2), "group");
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.APP_USERS, path)) != null && method.equals("GET")) {
      return list(r, AdminPaths.EMBEDDED_USERS, users, v.get(0) + "/" + v.get(1));
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.TENANTS, path)) != null && method.equals("GET")) {
      return list(r, AdminPaths.EMBEDDED_TENANTS, tenants, v.get(0));
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.TENANT, path)) != null && method.equals("GET")) {
      return one(tenants, v.get(0), v.get(1), "tenant");
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.APPS, path)) != null) {
      return method.equals("POST") ? create(apps, v.get(0), r) : list(r, AdminPaths.EMBEDDED_APPS, apps, v.get(0));
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.APP, path)) != null) {
      return method.equals("PUT") ? update(apps, v.get(0), v.get(1), r) : one(apps, v.get(0), v.get(1), "app");
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.CLIENTS, path)) != null) {
      String key = v.get(0) + "/" + v.get(1);
      return method.equals("POST") ? createClient(key, r) : list(r, AdminPaths.EMBEDDED_CLIENTS, clients, key);
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.CLIENT, path)) != null) {
      String key = v.get(0) + "/" + v.get(1);
      return method.equals("PUT") ? update(clients, key, v.get(2), r) : one(clients, key, v.get(2), "client");
    }
    if ((v = SimPaths.match(PREFIX, AdminPaths.CLIENT_SECRET, path)) != null && method.equals("POST")) {
      return regenerateSecret(v.get(0) + "/" + v.get(1), v.get(2));
    }
    return SimResponse.notFound("admin resource " + path);
  }

  private SimResponse list(SimRequest r, String key, Map<String, Map<String, Map<String, Object>>> store,
      String scope, String... searchFields) {
    String search = r.query("searchValue");
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> item : store.getOrDefault(scope, Map.of()).values()) {
      if (search == null || search.isBlank() || matches(item, search, searchFields)) {
        items.add(item);
      }
    }
    items.sort((a, b) -> String.valueOf(a.get("id")).compareTo(String.valueOf(b.get("id"))));
    return SimResponse.ok(SimPaths.halPage(r, key, items));
  }

  private static boolean matches(Map<String, Object> item, String search, String... fields) {
    String needle = search.toLowerCase(Locale.ROOT);
    for (String field : fields) {
      Object value = item.get(field);
      if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private static SimResponse one(Map<String, Map<String, Map<String, Object>>> store, String scope, String id,
      String what) {
    Map<String, Object> item = store.getOrDefault(scope, Map.of()).get(id);
    return item == null ? SimResponse.notFound(what + " " + id) : SimResponse.ok(item);
  }

  private static SimResponse create(Map<String, Map<String, Map<String, Object>>> store, String scope,
      SimRequest r) {
    Map<String, Object> body = SimResponse.SimJson.readObject(r.body());
    if (body == null || body.get("name") == null) {
      return SimResponse.serviceError(400, "Bad Request", "name is required");
    }
    body.remove("id");
    put(store, scope, body);
    return SimResponse.json(201, body);
  }

  private SimResponse createClient(String scope, SimRequest r) {
    SimResponse created = create(clients, scope, r);
    if (created.status() == 201) {
      Map<String, Object> client = SimResponse.SimJson.readObject(created.body());
      client.put("clientId", "client-" + client.get("id"));
      clients.get(scope).put(client.get("id").toString(), client);
      return SimResponse.json(201, client);
    }
    return created;
  }

  private static SimResponse update(Map<String, Map<String, Map<String, Object>>> store, String scope, String id,
      SimRequest r) {
    Map<String, Object> existing = store.getOrDefault(scope, Map.of()).get(id);
    Map<String, Object> body = SimResponse.SimJson.readObject(r.body());
    if (existing == null) {
      return SimResponse.notFound(id);
    }
    if (body == null) {
      return SimResponse.serviceError(400, "Bad Request", "body is not a JSON object");
    }
    existing.putAll(body);
    existing.put("id", id);
    return SimResponse.ok(existing);
  }

  private SimResponse regenerateSecret(String scope, String id) {
    Map<String, Object> client = clients.getOrDefault(scope, Map.of()).get(id);
    if (client == null) {
      return SimResponse.notFound("client " + id);
    }
    String clientId = String.valueOf(client.get("clientId"));
    String secret = "sim-secret-" + UUID.randomUUID();
    if (clientId.equals(state.clientId())) {
      state.rotateClientSecret(secret); // the old secret stops working at once, as the SDK assumes
    }
    return SimResponse.ok(Map.of("client_id", clientId, "client_secret", secret));
  }

  private static String put(Map<String, Map<String, Map<String, Object>>> store, String scope,
      Map<String, Object> item) {
    Object id = item.get("id");
    String key = id == null ? UUID.randomUUID().toString() : id.toString();
    item.put("id", key);
    store.computeIfAbsent(scope, s -> new ConcurrentHashMap<>()).put(key, item);
    return key;
  }
}
