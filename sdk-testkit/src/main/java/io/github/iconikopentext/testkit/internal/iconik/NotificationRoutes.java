package io.github.iconikopentext.testkit.internal.iconik;

import static io.github.iconikopentext.testkit.internal.iconik.Routes.ID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Webhooks (the notifications service), custom actions, the current user and the current system. Not part of the
 * API.
 */
final class NotificationRoutes {
  private static final String WEBHOOKS = "/API/notifications/v1/webhooks/";
  private static final String ACTIONS = "/API/assets/v1/custom_actions/";
  private static final Set<String> CONTEXTS = Set.of("ASSET", "ASSET_SUBCLIP", "SHARED_ASSET", "COLLECTION",
      "SHARED_COLLECTION", "BULK", "SAVED_SEARCH", "NONE");
  private static final List<String> READ_ONLY = List.of("id", "date_created", "date_modified", "first_failed_at",
      "last_error", "system_domain_id", "last_error_date");

  private final SimState s;

  private NotificationRoutes(SimState state) {
    this.s = state;
  }

  static void register(Routes routes, SimState state) {
    NotificationRoutes n = new NotificationRoutes(state);
    routes.add("GET", WEBHOOKS, r -> Pagination.all(List.copyOf(state.webhooks.values())));
    routes.add("POST", WEBHOOKS, r -> n.saveWebhook(r, null));
    routes.add("GET", WEBHOOKS + ID + "/", r -> n.withWebhook(r, SimResponse::ok));
    routes.add("PUT", WEBHOOKS + ID + "/", r -> n.withWebhook(r, w -> n.saveWebhook(r, w)));
    routes.add("DELETE", WEBHOOKS + ID + "/", r -> n.withWebhook(r, w -> {
      state.webhooks.remove(r.param(1));
      return SimResponse.noContent();
    }));
    routes.add("GET", ACTIONS, r -> Pagination.all(List.copyOf(state.customActions.values())));
    routes.add("GET", ACTIONS + ID + "/", r -> Pagination.all(state.customActions.values().stream()
        .filter(a -> r.param(1).equals(a.get("context"))).toList()));
    routes.add("POST", ACTIONS + ID + "/", r -> n.saveAction(r, null));
    routes.add("GET", ACTIONS + ID + "/" + ID + "/", r -> n.withAction(r, SimResponse::ok));
    routes.add("PATCH", ACTIONS + ID + "/" + ID + "/", r -> n.withAction(r, a -> n.saveAction(r, a)));
    routes.add("PUT", ACTIONS + ID + "/" + ID + "/", r -> n.withAction(r, a -> n.saveAction(r, a)));
    routes.add("DELETE", ACTIONS + ID + "/" + ID + "/", r -> n.withAction(r, a -> {
      state.customActions.remove(r.param(2));
      return SimResponse.noContent();
    }));
    routes.add("GET", "/API/users/v1/users/current/", r -> SimResponse.ok(n.currentUser()));
    routes.add("GET", "/API/settings/v1/system/current/", r -> SimResponse.ok(Map.of(
        "system_domain_id", state.systemDomainId, "system_domain_name", "iconik-simulator", "features", List.of())));
  }

  private SimResponse withWebhook(SimRequest r, java.util.function.Function<Map<String, Object>, SimResponse> then) {
    Map<String, Object> webhook = s.webhooks.get(r.param(1));
    return webhook == null ? SimResponse.error(404, "Webhook does not exist") : then.apply(webhook);
  }

  private SimResponse saveWebhook(SimRequest r, Map<String, Object> existing) {
    for (String required : List.of("url", "event_type", "status")) {
      if (!(r.json().get(required) instanceof String)) {
        return SimResponse.fieldError(required, "Missing data for required field.");
      }
    }
    if (r.json().get("headers") != null && !(r.json().get("headers") instanceof Map)) {
      return SimResponse.fieldError("headers", "Not a valid mapping type.");
    }
    Map<String, Object> webhook = existing != null ? existing : s.newObject(s.newId());
    if (existing != null) {
      List.of("realm", "operation", "object_id", "headers", "query", "name", "description").forEach(webhook::remove);
    }
    SimState.merge(webhook, r.json(), READ_ONLY);
    webhook.put("date_modified", s.now());
    s.webhooks.put((String) webhook.get("id"), webhook);
    return existing != null ? SimResponse.ok(webhook) : SimResponse.created(webhook);
  }

  private SimResponse withAction(SimRequest r, java.util.function.Function<Map<String, Object>, SimResponse> then) {
    Map<String, Object> action = s.customActions.get(r.param(2));
    return action == null || !r.param(1).equals(action.get("context"))
        ? SimResponse.error(404, "Custom action does not exist") : then.apply(action);
  }

  private SimResponse saveAction(SimRequest r, Map<String, Object> existing) {
    if (!CONTEXTS.contains(r.param(1))) {
      return SimResponse.fieldError("context", "Must be one of " + CONTEXTS + ".");
    }
    if (existing == null) {
      for (String required : List.of("title", "url")) {
        if (!(r.json().get(required) instanceof String)) {
          return SimResponse.fieldError(required, "Missing data for required field.");
        }
      }
    }
    Map<String, Object> action = existing != null ? existing : s.newObject(s.newId());
    action.putIfAbsent("type", "POST");
    action.putIfAbsent("status", "HEALTHY");
    action.putIfAbsent("disabled", false);
    action.put("system_domain_id", s.systemDomainId);
    SimState.merge(action, r.json(), READ_ONLY);
    action.put("context", r.param(1));
    action.put("date_modified", s.now());
    s.customActions.put((String) action.get("id"), action);
    return existing != null ? SimResponse.ok(action) : SimResponse.created(action);
  }

  private Map<String, Object> currentUser() {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", s.userId);
    user.put("first_name", "Simulated");
    user.put("last_name", "User");
    user.put("email", "simulator@example.com");
    user.put("system_domain_id", s.systemDomainId);
    user.put("status", "ACTIVE");
    user.put("type", "POWER");
    user.put("is_admin", true);
    user.put("groups", List.of());
    return user;
  }
}
