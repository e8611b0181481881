package io.github.iconikopentext.testkit.internal.iconik;

import static io.github.iconikopentext.testkit.internal.iconik.Routes.ID;

import io.github.iconikopentext.testkit.IconikWebhookEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assets, their history and approvals (iconik's assets service). Not part of the API. */
final class AssetRoutes {
  private static final String BASE = "/API/assets/v1/assets/";
  private static final List<String> READ_ONLY = List.of("id", "date_created", "date_modified", "created_by_user",
      "in_collections", "object_type", "collection_id", "date_deleted", "date_imported", "versions");

  private final SimState s;

  private AssetRoutes(SimState state) {
    this.s = state;
  }

  static void register(Routes routes, SimState state) {
    AssetRoutes a = new AssetRoutes(state);
    routes.add("GET", BASE, a::list);
    routes.add("POST", BASE, a::create);
    routes.add("GET", BASE + ID + "/", r -> a.withAsset(r, SimResponse::ok));
    routes.add("PATCH", BASE + ID + "/", a::update);
    routes.add("PUT", BASE + ID + "/", a::update);
    routes.add("DELETE", BASE + ID + "/", a::delete);
    routes.add("PUT", BASE + ID + "/restore/", a::restore);
    routes.add("DELETE", BASE + ID + "/purge/", a::purge);
    routes.add("GET", BASE + ID + "/history/", r -> a.withAsset(r, asset ->
        Pagination.page(r, sortedHistory(r, state.history.getOrDefault(r.param(1), List.of())), 1000)));
    routes.add("POST", "/API/assets/v1/share/" + ID + "/", a::share);
    routes.add("GET", "/API/assets/v1/assets/" + ID + "/approvals/request/", r -> a.withAsset(r,
        asset -> SimResponse.ok(a.approval(r.param(1)))));
    routes.add("POST", "/API/assets/v1/assets/" + ID + "/approvals/request/", a::requestApproval);
    routes.add("PUT", "/API/assets/v1/assets/" + ID + "/approvals/", a::vote);
  }

  private SimResponse withAsset(SimRequest r, java.util.function.Function<Map<String, Object>, SimResponse> then) {
    Map<String, Object> asset = s.assets.get(r.param(1));
    return asset == null ? SimResponse.notFound("Asset") : then.apply(asset);
  }

  private SimResponse list(SimRequest r) {
    return Pagination.page(r, s.assets.values().stream().filter(a -> !"DELETED".equals(a.get("status"))).toList(),
        1000);
  }

  private SimResponse create(SimRequest r) {
    Object title = r.json().get("title");
    if (!(title instanceof String t) || t.isBlank()) {
      return SimResponse.fieldError("title", "Missing data for required field.");
    }
    Map<String, Object> asset = newAsset(s, t);
    SimState.merge(asset, r.json(), READ_ONLY);
    if (r.json().get("collection_id") instanceof String collectionId && s.collections.containsKey(collectionId)) {
      CollectionRoutes.addContent(s, collectionId, "assets", (String) asset.get("id"));
    }
    s.emit(new IconikWebhookEvent("assets", "entity", "create", (String) asset.get("id"), asset));
    return SimResponse.created(asset);
  }

  /**
   * A new ACTIVE asset with its first version, stored: the members and nulls of a live asset response (iconik's
   * tutorial capture, shared/reference/realworld-payloads).
   */
  static Map<String, Object> newAsset(SimState s, String title) {
    String id = s.newId();
    Map<String, Object> asset = s.newObject(id);
    asset.put("title", title);
    asset.put("type", "ASSET");
    asset.put("status", "ACTIVE");
    asset.put("archive_status", "NOT_ARCHIVED");
    asset.put("analyze_status", "N/A");
    asset.put("is_online", true);
    asset.put("is_blocked", false);
    asset.put("category", null);
    asset.put("external_id", null);
    asset.put("custom_keyframe", null);
    asset.put("custom_poster", null);
    asset.put("warning", null);
    asset.put("object_type", "assets");
    asset.put("created_by_user", s.userId);
    asset.put("date_imported", asset.get("date_created"));
    asset.put("in_collections", new ArrayList<>());
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("id", s.newId());
    version.put("status", "ACTIVE");
    version.put("archive_status", "NOT_ARCHIVED");
    version.put("analyze_status", "N/A");
    version.put("transcribe_status", "N/A");
    version.put("face_recognition_status", "N/A");
    version.put("has_unconfirmed_persons", false);
    version.put("person_ids", new ArrayList<>());
    version.put("is_online", true);
    version.put("created_by_user", s.userId);
    version.put("date_created", asset.get("date_created"));
    asset.put("versions", new ArrayList<>(List.of(version)));
    s.assets.put(id, asset);
    return asset;
  }

  /** The id of the asset's current (last) version, or {@code null}. */
  static String currentVersionId(Map<String, Object> asset) {
    if (asset != null && asset.get("versions") instanceof List<?> versions && !versions.isEmpty()
        && versions.get(versions.size() - 1) instanceof Map<?, ?> version) {
      return (String) version.get("id");
    }
    return null;
  }

  private SimResponse update(SimRequest r) {
    return withAsset(r, asset -> {
      SimState.merge(asset, r.json(), READ_ONLY);
      asset.put("date_modified", s.now());
      s.emit(new IconikWebhookEvent("assets", "entity", "update", r.param(1), asset));
      return SimResponse.ok(asset);
    });
  }

  private SimResponse delete(SimRequest r) {
    return withAsset(r, asset -> {
      asset.put("status", "DELETED");
      asset.put("date_deleted", s.now());
      asset.put("deleted_by_user", s.userId);
      addHistory(s, r.param(1), "DELETE", "Asset deleted");
      s.emit(new IconikWebhookEvent("assets", "entity", "delete", r.param(1), asset));
      return SimResponse.noContent();
    });
  }

  private SimResponse restore(SimRequest r) {
    return withAsset(r, asset -> {
      asset.put("status", "ACTIVE");
      asset.remove("date_deleted");
      asset.remove("deleted_by_user");
      s.emit(new IconikWebhookEvent("assets", "entity", "restore", r.param(1), asset));
      return SimResponse.noContent();
    });
  }

  private SimResponse purge(SimRequest r) {
    return withAsset(r, asset -> {
      s.assets.remove(r.param(1));
      s.emit(new IconikWebhookEvent("assets", "entity", "purge", r.param(1), asset));
      return SimResponse.noContent();
    });
  }

  private Map<String, Object> approval(String assetId) {
    return s.approvals.computeIfAbsent(assetId, id -> {
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("object_id", id);
      a.put("object_type", "assets");
      a.put("status", "N/A");
      a.put("min_number", 1);
      a.put("users", new ArrayList<>());
      a.put("groups", new ArrayList<>());
      a.put("approvals_by", new ArrayList<>());
      return a;
    });
  }

  private SimResponse requestApproval(SimRequest r) {
    return withAsset(r, asset -> {
      List<Object> users = r.list("users");
      List<Object> groups = r.list("groups");
      if (users.isEmpty() && groups.isEmpty()) {
        return SimResponse.fieldError("users", "Either users or groups must be given.");
      }
      Map<String, Object> approval = approval(r.param(1));
      approval.put("status", "REQUESTED");
      approval.put("users", new ArrayList<>(users));
      approval.put("groups", new ArrayList<>(groups));
      approval.put("min_number", r.json().get("min_number") instanceof Number n ? n.intValue() : 1);
      approval.put("requested_by", s.userId);
      approval.put("request_date", s.now());
      approval.put("change_date", s.now());
      approval.put("approvals_by", new ArrayList<>());
      s.emit(new IconikWebhookEvent("assets", "approvals", "create", r.param(1), approval));
      return SimResponse.created(approval);
    });
  }

  @SuppressWarnings("unchecked")
  private SimResponse vote(SimRequest r) {
    return withAsset(r, asset -> {
      Object status = r.json().get("status");
      if (!"APPROVED".equals(status) && !"NOT_APPROVED".equals(status)) {
        return SimResponse.fieldError("status", "Must be APPROVED or NOT_APPROVED.");
      }
      Map<String, Object> approval = approval(r.param(1));
      List<Map<String, Object>> votes = (List<Map<String, Object>>) approval.get("approvals_by");
      votes.removeIf(v -> s.userId.equals(v.get("user")));
      Map<String, Object> vote = new LinkedHashMap<>();
      vote.put("user", s.userId);
      vote.put("status", status);
      vote.put("change_date", s.now());
      vote.put("object_id", r.param(1));
      vote.put("object_type", "assets");
      votes.add(vote);
      long approvals = votes.stream().filter(v -> "APPROVED".equals(v.get("status"))).count();
      boolean rejected = votes.stream().anyMatch(v -> "NOT_APPROVED".equals(v.get("status")));
      approval.put("status", rejected ? "NOT_APPROVED"
          : approvals >= ((Number) approval.get("min_number")).longValue() ? "APPROVED" : "REQUESTED");
      approval.put("change_date", s.now());
      addHistory(s, r.param(1), rejected ? "REJECT" : "APPROVE", "Approval vote: " + status);
      s.emit(new IconikWebhookEvent("assets", "approvals", "update", r.param(1), approval));
      return SimResponse.ok(vote);
    });
  }

  /**
   * History in the order {@code sort} asks: {@code date_created,desc} (newest first) or, by default, as recorded
   * (oldest first). Entries recorded in the same microsecond keep their recording order, reversed for desc.
   */
  private static List<Map<String, Object>> sortedHistory(SimRequest r, List<Map<String, Object>> entries) {
    String sort = r.query().get("sort");
    List<Map<String, Object>> copy = new ArrayList<>(entries);
    if (sort != null && sort.replace(" ", "").startsWith("date_created,desc")) {
      java.util.Collections.reverse(copy);
    }
    return copy;
  }

  /** {@code POST /v1/share/{object_type}/}: shares assets by email; each shared asset's history records it. */
  private SimResponse share(SimRequest r) {
    if (!"assets".equals(r.param(1))) {
      return SimResponse.error(400, "Only assets can be shared");
    }
    List<Object> ids = r.list("object_ids");
    if (ids.isEmpty()) {
      return SimResponse.fieldError("object_ids", "Must contain at least one object id.");
    }
    for (Object id : ids) {
      if (!s.assets.containsKey(String.valueOf(id))) {
        return SimResponse.notFound("Asset");
      }
    }
    Map<String, Object> share = s.newObject(s.newId());
    share.put("object_type", "assets");
    share.put("object_id", String.valueOf(ids.get(0)));
    share.put("owner_id", s.userId);
    share.put("system_domain_id", s.systemDomainId);
    for (String flag : List.of("allow_approving_comments", "allow_comments", "allow_download",
        "allow_setting_approve_status", "allow_custom_actions", "allow_download_proxy", "allow_upload",
        "allow_user_search_for_mentions", "allow_view_transcriptions", "allow_view_versions")) {
      share.put(flag, Boolean.TRUE.equals(r.json().get(flag)));
    }
    share.put("has_password", r.json().get("password") != null);
    if (r.json().get("expires") != null) {
      share.put("expires", r.json().get("expires"));
    }
    List<Object> emails = r.list("emails");
    for (Object id : ids) {
      Map<String, Object> entry = addHistory(s, String.valueOf(id), "CUSTOM",
          "Shared with " + emails.size() + " recipient(s)");
      entry.put("share_id", share.get("id"));
      Map<String, Object> data = new LinkedHashMap<>(share);
      data.put("object_id", String.valueOf(id));
      s.emit(new IconikWebhookEvent("assets", "shares", "create", String.valueOf(id), data));
    }
    return SimResponse.created(share);
  }

  /** Records an entry in the asset's history, as iconik's {@code AssetHistorySchema}, and returns it. */
  static Map<String, Object> addHistory(SimState s, String assetId, String operation, String description) {
    Map<String, Object> entry = s.newObject(s.newId());
    entry.put("asset_id", assetId);
    entry.put("operation_type", operation);
    entry.put("operation_description", description);
    entry.put("user_id", s.userId);
    entry.put("system_domain_id", s.systemDomainId);
    entry.put("version_id", currentVersionId(s.assets.get(assetId)));
    entry.put("job_id", null);
    entry.put("share_id", null);
    entry.put("share_user_id", null);
    s.history.computeIfAbsent(assetId, id -> new ArrayList<>()).add(entry);
    return entry;
  }
}
